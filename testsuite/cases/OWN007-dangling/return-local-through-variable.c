// The address of the local 'x' is returned through the borrow local 'p'.
// Rust: fn f() -> &'static i32 { let x = 1; let p = &x; p }
// rustc: E0515 (cannot return value referencing local variable `x`).
#include <ownck/ownership.h>

BORROWED const int *demo(void) {
  int x = 1;
  BORROWED const int *p = &x;
  return p; // expect-error[OWN007]
}
