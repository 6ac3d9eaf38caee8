// A static local lives for the whole program: returning a borrow of it through a
// variable and a copy is fine.
// Rust: static COUNTER: i32 = 0;  fn f() -> &'static i32 { let p = &COUNTER; let q = p; q }
// NLL accepts.
// rustc: accepted, no E0515/E0597.
// expect-no-diagnostics
#include <ownck/ownership.h>

BORROWED const int *demo(void) {
  static int counter;
  BORROWED const int *p = &counter;
  BORROWED const int *q = p;
  return q;
}
