// Reading through a BORROWED source and writing through a MUT_BORROW destination,
// at field and index depth.
// rustc accepts.
// Rust: fn copy_head(dst: &mut Buf, src: &Buf) { dst.len = src.len; dst.data[0] = src.data[0]; }
// rustc: accepted, no E0594/E0596.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct buf { char data[32]; int len; };

void copy_head(MUT_BORROW struct buf *dst, BORROWED const struct buf *src) {
  dst->len = src->len;
  dst->data[0] = src->data[0];
}
