// A compound literal made inside a block borrows 'x' from the enclosing scope, which
// is alive where 'v.r' is used.
// Rust: let x = 5; let v; { v = View { r: &x }; } use_int(*v.r);
// NLL accepts.
// rustc: accepted, no E0515/E0597.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct view { BORROWED const int *r; };
void use_int(int v);

void demo(void) {
  int x = 5;
  struct view v;
  {
    v = (struct view){.r = &x};
  }
  use_int(*v.r);
}
