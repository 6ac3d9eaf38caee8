// A designated initializer puts a borrow of the local 'x' into 'v.r', and 'v.r' is
// returned.
// Rust: fn f() -> &'static i32 { let x = 1; let v = View { r: &x }; v.r }
// rustc: E0515 (cannot return value referencing local variable `x`).
#include <ownck/ownership.h>

struct view { BORROWED const int *r; int tag; };

BORROWED const int *demo(void) {
  int x = 1;
  struct view v = {.r = &x, .tag = 0};
  return v.r; // expect-error[OWN007]
}
