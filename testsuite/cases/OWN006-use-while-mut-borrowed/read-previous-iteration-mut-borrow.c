// The MUT_BORROW of 'x' kept in 'prev' at the end of one iteration is used in the
// next one, so reading 'x' at the top of the loop conflicts with it.
// Rust: let mut prev = None; for _ in 0..n { let v = x;
//         if let Some(p) = prev { *p = v + 1; } prev = Some(&mut x); }
// rustc: E0503 (cannot use `x` because it was mutably borrowed).
#include <ownck/ownership.h>

int demo(int n) {
  int x = 0;
  MUT_BORROW int *prev = 0;
  for (int i = 0; i < n; i++) {
    int v = x; // expect-error[OWN006]
    if (prev)
      *prev = v + 1;
    prev = &x;
  }
  return 0;
}
