// Only the value read through the borrow leaves the block, not the borrow.
// Rust: let n; { let x = 5; let r = &x; n = *r; } use_int(n);
// NLL accepts.
// rustc: accepted, no E0515/E0597.
// expect-no-diagnostics
#include <ownck/ownership.h>

void use_int(int v);

void demo(void) {
  int n;
  {
    int x = 5;
    BORROWED const int *r = &x;
    n = *r;
  }
  use_int(n);
}
