// 'rr' borrows the borrow local 'r', which borrows 'x': as long as 'rr' is used, the
// loan of 'x' held by 'r' stays live, so assigning 'x' conflicts.
// Rust: let r = &x; let rr = &r; x = 5; use_int(**rr);
// rustc: E0506 (cannot assign to `x` because it is borrowed).
#include <ownck/ownership.h>

void use_int(int v);

void nested(void) {
  int x = 1;
  BORROWED const int *r = &x;
  BORROWED const int *const *rr = &r;
  x = 5; // expect-error[OWN005]
  use_int(**rr);
}
