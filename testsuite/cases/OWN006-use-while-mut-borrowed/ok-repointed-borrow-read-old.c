// After 'w = &y' no live place holds the loan of 'x', so reading 'x' is fine while
// 'w' is still used.
// Rust: let mut w = &mut x; *w = 1; w = &mut y; let n = x; *w = n;
// NLL accepts.
// rustc: accepted, no E0503.
// expect-no-diagnostics
#include <ownck/ownership.h>

int demo(void) {
  int x = 0, y = 0;
  MUT_BORROW int *w = &x;
  *w = 1;
  w = &y;
  int n = x;
  *w = n;
  return y;
}
