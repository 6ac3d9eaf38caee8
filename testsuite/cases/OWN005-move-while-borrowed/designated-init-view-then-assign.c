// A designated initializer stores a borrow of 'x' in the field 'v.r'; assigning 'x'
// while 'v.r' is used later conflicts.
// Rust: let v = View { r: &x }; x = 3; use_int(*v.r);
// rustc: E0506 (cannot assign to `x` because it is borrowed).
#include <ownck/ownership.h>

struct view { BORROWED const int *r; int tag; };
void use_int(int v);

void demo(void) {
  int x = 1;
  struct view v = {.r = &x, .tag = 0};
  x = 3; // expect-error[OWN005]
  use_int(*v.r);
}
