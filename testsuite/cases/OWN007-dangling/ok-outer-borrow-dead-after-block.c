// The outer 'r' borrows a block-local, but is last used inside the block and
// re-pointed to a live object before its next use.
// Rust: let mut r; { let x = 5; r = &x; use_int(*r); } r = &y; use_int(*r);
// NLL accepts (r is dead when x goes away).
// rustc: accepted, no E0515/E0597.
// expect-no-diagnostics
#include <ownck/ownership.h>

void use_int(int v);

void demo(void) {
  int y = 7;
  BORROWED const int *r;
  {
    int x = 5;
    r = &x;
    use_int(*r);
  }
  r = &y;
  use_int(*r);
}
