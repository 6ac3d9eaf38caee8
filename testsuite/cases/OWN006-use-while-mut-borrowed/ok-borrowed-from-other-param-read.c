// buf_tail() is BORROWED_FROM(dst): its result does not borrow 'src', so reading
// 'src->len' while 'tail' is used is fine.
// Rust: fn buf_tail<'a>(dst: &'a mut Buf, src: &Buf) -> &'a mut u8;
//       let tail = buf_tail(dst, src); let n = src.len; *tail = n;
// NLL accepts.
// rustc: accepted, no E0503.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct buf { char data[32]; char len; };
BORROWED_FROM(dst) MUT_BORROW char *buf_tail(MUT_BORROW struct buf *dst, BORROWED const struct buf *src);

void demo(MUT_BORROW struct buf *dst, BORROWED const struct buf *src) {
  MUT_BORROW char *tail = buf_tail(dst, src);
  char n = src->len;
  *tail = n;
}
