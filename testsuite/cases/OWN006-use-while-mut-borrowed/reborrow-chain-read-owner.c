// 'q' is copied from 'p' and carries its MUT_BORROW of 'x': reading 'x' while 'q' is
// used later conflicts, although 'p' itself is dead.
// Rust: let p = &mut x; let q: &mut i32 = p; let n = x; *q = n;
// rustc: E0503 (cannot use `x` because it was mutably borrowed).
#include <ownck/ownership.h>

int demo(void) {
  int x = 1;
  MUT_BORROW int *p = &x;
  MUT_BORROW int *q = p;
  int n = x; // expect-error[OWN006]
  *q = n;
  return x;
}
