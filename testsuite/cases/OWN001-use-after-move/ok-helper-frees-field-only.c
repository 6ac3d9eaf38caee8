// buf_reset() frees the buffer's data and clears the field, but not the struct
// itself: parameter 0 is only borrowed (a field it points to is released). Using
// 'b' afterwards and freeing it at the end is correct. No finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct buf { char *data; size_t len, cap; };

static void buf_reset(struct buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = 0;
  b->cap = 0;
}

size_t buf_recycle(size_t cap) {
  struct buf *b = calloc(1, sizeof *b);
  if (!b)
    return 0;
  b->data = malloc(cap);
  if (b->data)
    b->cap = cap;
  buf_reset(b);
  size_t left = b->cap;
  free(b);
  return left;
}
