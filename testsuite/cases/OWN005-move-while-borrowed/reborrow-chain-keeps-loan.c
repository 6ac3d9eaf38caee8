// 'r2' is copied from 'r': it carries the loan of 'x', so assigning 'x' conflicts
// while 'r2' is still used, even though 'r' itself is not.
// Rust: let r = &x; let r2 = r; x = 7; use_int(*r2);
// rustc: E0506 (cannot assign to `x` because it is borrowed).
#include <ownck/ownership.h>

void use_int(int v);

void chain(void) {
  int x = 1;
  BORROWED const int *r = &x;
  BORROWED const int *r2 = r;
  x = 7; // expect-error[OWN005]
  use_int(*r2);
}
