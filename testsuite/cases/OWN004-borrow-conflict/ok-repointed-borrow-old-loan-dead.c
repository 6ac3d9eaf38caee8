// After 'p = &y' the old loan of 'x' is no longer held by any live place, so 'x' may
// be borrowed mutably again while 'p' (now pointing to 'y') is still used.
// Rust: let mut p = &mut x; *p = 1; p = &mut y; let q = &mut x; *q = 2; *p = 3;
// NLL accepts (the loan of x is not live between *p = 1 and p = &mut y).
// rustc: accepted, no E0499/E0502.
// expect-no-diagnostics
#include <ownck/ownership.h>

int repoint(void) {
  int x = 0, y = 0;
  MUT_BORROW int *p = &x;
  *p = 1;
  p = &y;
  MUT_BORROW int *q = &x;
  *q = 2;
  *p = 3;
  return x + y;
}
