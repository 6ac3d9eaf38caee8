// buf_tail() is BORROWED_FROM(dst): its MUT_BORROW result borrows 'dst' (not 'src'),
// so reading 'dst->len' while 'tail' is used later conflicts.
// Rust: fn buf_tail<'a>(dst: &'a mut Buf, src: &Buf) -> &'a mut u8;
//       let tail = buf_tail(dst, src); let n = dst.len; *tail = n;
// rustc: E0503 (cannot use `dst.len` because it was mutably borrowed).
#include <ownck/ownership.h>

struct buf { char data[32]; char len; };
BORROWED_FROM(dst) MUT_BORROW char *buf_tail(MUT_BORROW struct buf *dst, BORROWED const struct buf *src);

void demo(MUT_BORROW struct buf *dst, BORROWED const struct buf *src) {
  MUT_BORROW char *tail = buf_tail(dst, src);
  char n = dst->len; // expect-error[OWN006]
  *tail = n;
}
