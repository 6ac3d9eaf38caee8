// 'OWNED ... *a = x' moves the object out of 'x' while 'r' still borrows it.
// Rust: let r = &*x; let a = x; buf_len(r); buf_free(a);   (x: Box<Buf>)
// rustc: E0505 (cannot move out of `x` because it is borrowed).
#include <ownck/ownership.h>

struct buf { char data[32]; int len; };
OWNED struct buf *buf_new(void);
void buf_free(OWNED struct buf *b);
int buf_len(BORROWED const struct buf *b);

int demo(void) {
  OWNED struct buf *x = buf_new();
  BORROWED const struct buf *r = x;
  OWNED struct buf *a = x; // expect-error[OWN005]
  int n = buf_len(r);
  buf_free(a);
  return n;
}
