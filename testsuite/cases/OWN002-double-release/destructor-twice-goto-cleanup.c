// A constructor/destructor pair (buf_new allocates the struct and its data, buf_free
// frees both). The error path destroys the buffer and jumps to the cleanup label,
// which destroys it again.
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

int buf_roundtrip(const char *src, size_t n, char *dst, size_t max) {
  int rc = -1;
  struct buf *b = buf_new(n);
  if (!b)
    return -1;
  if (n > max) {
    buf_free(b);
    goto done;
  }
  memcpy(b->data, src, n);
  memcpy(dst, b->data, b->len);
  rc = 0;
done:
  buf_free(b); // expect-error[OWN002]{{double release of 'b'}}
  return rc;
}
