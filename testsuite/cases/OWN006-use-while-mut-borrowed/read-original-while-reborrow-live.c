// 'q' reborrows the parameter 'p': reading through 'p' while 'q' is used later
// bypasses the exclusive reborrow.
// Rust: fn f(p: &mut i32) { let q: &mut i32 = p; let n = *p; *q = n + 1; }
// rustc: E0503 (cannot use `*p` because it was mutably borrowed).
#include <ownck/ownership.h>

void demo(MUT_BORROW int *p) {
  MUT_BORROW int *q = p;
  int n = *p; // expect-error[OWN006]
  *q = n + 1;
}
