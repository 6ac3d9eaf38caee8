// The borrow's last use comes before 'x' is moved into 'a'.
// Rust: let r = &*x; let n = buf_len(r); let a = x; buf_free(a);
// NLL accepts.
// rustc: accepted, no E0505/E0506.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct buf { char data[32]; int len; };
OWNED struct buf *buf_new(void);
void buf_free(OWNED struct buf *b);
int buf_len(BORROWED const struct buf *b);

int demo(void) {
  OWNED struct buf *x = buf_new();
  BORROWED const struct buf *r = x;
  int n = buf_len(r);
  OWNED struct buf *a = x;
  buf_free(a);
  return n;
}
