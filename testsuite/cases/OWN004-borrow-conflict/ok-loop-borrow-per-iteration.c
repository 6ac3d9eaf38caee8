// A MUT_BORROW made and last used inside each iteration, then a shared borrow after
// the loop: no two borrows of 'x' are live at once.
// Rust: for i in 0..n { let cur = &mut x; *cur += i; } let r = &x; *r
// NLL accepts.
// rustc: accepted, no E0499/E0502.
// expect-no-diagnostics
#include <ownck/ownership.h>

int sum_to(int n) {
  int x = 0;
  for (int i = 0; i < n; i++) {
    MUT_BORROW int *cur = &x;
    *cur += i;
  }
  BORROWED const int *r = &x;
  return *r;
}
