// The members of a union share their storage: a shared borrow of 'u.f' while a
// MUT_BORROW of 'u.i' is live is two overlapping borrows.
// Rust: let pi = &mut u.i; let pf = &u.f; *pi = *pf as i32;   (in unsafe)
// rustc: E0502 (cannot borrow `u` (via `u.f`) as immutable because it is also
// borrowed as mutable (via `u.i`)).
#include <ownck/ownership.h>

union word { int i; float f; };

int pun(void) {
  union word u = {.i = 7};
  MUT_BORROW int *pi = &u.i;
  BORROWED const float *pf = &u.f; // expect-error[OWN004]
  *pi = (int)*pf;
  return u.i;
}
