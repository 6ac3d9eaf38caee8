// buf_new() returns a fresh owner, buf_free() releases its parameter (and the data
// field): every path through the caller destroys what it created. No finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct buf { char *data; size_t len; };

struct buf *buf_new(size_t n) {
  struct buf *b = malloc(sizeof *b);
  if (!b)
    return NULL;
  b->data = malloc(n);
  if (!b->data) {
    free(b);
    return NULL;
  }
  b->len = n;
  return b;
}

void buf_free(struct buf *b) {
  free(b->data);
  free(b);
}

int buf_store(const char *src, size_t n, size_t max) {
  struct buf *b = buf_new(n);
  if (!b)
    return -1;
  if (n > max) {
    buf_free(b);
    return -1;
  }
  memcpy(b->data, src, n);
  buf_free(b);
  return 0;
}
