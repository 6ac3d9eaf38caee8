// The loan of the local 'x' is copied from 'p' to 'q' and returned through 'q'.
// Rust: fn f() -> &'static i32 { let x = 1; let p = &x; let q = p; q }
// rustc: E0515 (cannot return value referencing local variable `x`).
#include <ownck/ownership.h>

BORROWED const int *demo(void) {
  int x = 1;
  BORROWED const int *p = &x;
  BORROWED const int *q = p;
  return q; // expect-error[OWN007]
}
