// Copying the bytes and the length from a BORROWED source into the caller's
// MUT_BORROW struct copies data, not the pointer: no loan is stored.
// rustc accepts.
// Rust: fn copy_into(dst: &mut Buf, src: &Buf) { dst.len = src.len; dst.data = src.data; }
// rustc: accepted, no E0521.
// expect-no-diagnostics
#include <string.h>
#include <ownck/ownership.h>

struct buf { char data[32]; int len; };

void copy_into(MUT_BORROW struct buf *dst, BORROWED const struct buf *src) {
  dst->len = src->len;
  memcpy(dst->data, src->data, sizeof dst->data);
}
