// The check comes one line too late: the header is written through 'b' before the
// NULL test. A check after the dereference does not make the dereference safe.
#include <stdlib.h>

struct buf {
  size_t len, cap;
  char data[];
};

struct buf *buf_new(size_t cap) {
  struct buf *b = malloc(sizeof *b + cap);
  b->len = 0; // expect-warning[OWN012]{{'b' may be NULL here}}
  if (b == NULL)
    return NULL;
  b->cap = cap;
  return b;
}
