// pick() returns a borrow of its only borrowed argument (lifetime elision), here the
// local 'x', and that result is returned through 'r'.
// Rust: fn pick(a: &i32) -> &i32;  fn f() -> &'static i32 { let x = 1; let r = pick(&x); r }
// rustc: E0515 (cannot return value referencing local variable `x`).
#include <ownck/ownership.h>

BORROWED const int *pick(BORROWED const int *a);

BORROWED const int *demo(void) {
  int x = 1;
  BORROWED const int *r = pick(&x);
  return r; // expect-error[OWN007]
}
