// One arm of the conditional returns the address of the local 'a'.
// Rust: fn f(flag: bool, p: &i32) -> &i32 { let a = 1; if flag { &a } else { p } }
// rustc: E0515 (cannot return reference to local variable `a`).
#include <ownck/ownership.h>

BORROWED const int *demo(int flag, BORROWED const int *p) {
  int a = 1;
  BORROWED const int *r = flag ? &a : p;
  return r; // expect-error[OWN007]
}
