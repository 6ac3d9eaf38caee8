// buf_new() checks both of its allocations and returns NULL if either fails: a fresh
// owner that may be NULL. The caller reads a field before checking.
#include <stdlib.h>

struct buf { char *data; size_t len; };

static struct buf *buf_new(size_t n) {
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

size_t buf_capacity(size_t n) {
  struct buf *b = buf_new(n);
  size_t len = b->len; // expect-warning[OWN012]{{'b' may be NULL here}}
  free(b->data);
  free(b);
  return len;
}
