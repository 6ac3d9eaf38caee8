// A destructor that frees a struct and its fields (buf_free): its summary releases
// parameter 0. buf_flush() computes what is left from 'b->len' after destroying
// the buffer: a use after free.
#include <stdlib.h>
#include <string.h>

struct buf { char *data; size_t len; };

void buf_free(struct buf *b) {
  free(b->data);
  free(b);
}

size_t buf_flush(struct buf *b, char *out, size_t cap) {
  size_t n = b->len < cap ? b->len : cap;
  memcpy(out, b->data, n);
  buf_free(b);
  return b->len - n; // expect-error[OWN001]{{use of 'b' after it was released}}
}
