// A parameter is a local of the callee: its storage ends with the call, so returning
// its address (here through a borrow local) dangles like any other local's.
// Rust: fn f(n: i32) -> &'static i32 { let r = &n; r }
// rustc: E0515 (cannot return value referencing function parameter `n`).
#include <ownck/ownership.h>

BORROWED const int *demo(int n) {
  BORROWED const int *r = &n;
  if (n < 0)
    return 0;
  return r; // expect-error[OWN007]
}
