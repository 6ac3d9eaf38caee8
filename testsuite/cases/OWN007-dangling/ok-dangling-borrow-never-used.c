// The outer 'r' still points to the dead 'x' after the block, but is never used again.
// Rust: let r; { let x = 5; r = &x; }   (r unused afterwards)
// NLL accepts (a dead borrow is no error).
// rustc: accepted, no E0515/E0597.
// expect-no-diagnostics
#include <ownck/ownership.h>

int demo(void) {
  BORROWED const int *r;
  int n = 0;
  {
    int x = 5;
    r = &x;
    n = x;
  }
  return n;
}
