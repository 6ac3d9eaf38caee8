// The borrow is made inside a block, but of 'x' from the enclosing scope, which is
// still alive where the borrow is used.
// Rust: let x = 5; let r; { r = &x; } use_int(*r);
// NLL accepts.
// rustc: accepted, no E0515/E0597.
// expect-no-diagnostics
#include <ownck/ownership.h>

void use_int(int v);

void demo(void) {
  int x = 5;
  BORROWED const int *r;
  {
    r = &x;
  }
  use_int(*r);
}
