// Testing 'x' in a condition while a MUT_BORROW of it is still used.
// Rust: let w = &mut x; if x > 3 { *w = 0; }
// rustc: E0503 (cannot use `x` because it was mutably borrowed).
#include <ownck/ownership.h>

int clamp(int x) {
  MUT_BORROW int *w = &x;
  if (x > 3) // expect-error[OWN006]
    *w = 0;
  return x;
}
