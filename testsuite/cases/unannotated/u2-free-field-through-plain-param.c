// Unannotated: freeing a field through a plain pointer parameter and resetting it
// is how C structs are cleaned; no borrow is declared, so no OWN009.
// rustc accepts the raw-pointer version.
// Rust: unsafe fn clear(b: *mut Buf) { libc::free((*b).buf); (*b).buf = null_mut(); }
// expect-no-diagnostics
#include <stddef.h>
#include <stdlib.h>

struct buf { char *buf; size_t len; };

void clear(struct buf *b) {
  free(b->buf);
  b->buf = NULL;
  b->len = 0;
}
