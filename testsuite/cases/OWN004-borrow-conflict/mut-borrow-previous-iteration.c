// In a loop, the MUT_BORROW made in one iteration is kept in 'prev' and used in the
// next one, so borrowing 'x' mutably again conflicts with the previous iteration's loan.
// Rust: let mut prev = None; for _ in 0..n { let cur = &mut x;
//         if let Some(p) = prev { *p += 1; } prev = Some(cur); }
// rustc: E0499 (`x` was mutably borrowed here in the previous iteration of the loop).
#include <ownck/ownership.h>

int bump(int n) {
  int x = 0;
  MUT_BORROW int *prev = 0;
  for (int i = 0; i < n; i++) {
    MUT_BORROW int *cur = &x; // expect-error[OWN004]
    if (prev)
      *prev += 1;
    prev = cur;
  }
  return x;
}
