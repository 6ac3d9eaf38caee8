// The borrow of 'x' taken at the end of one iteration is used at the start of the
// next, so assigning 'x' in the loop conflicts with the previous iteration's loan.
// Rust: let mut prev = None; for i in 0..n { x = i;
//         if let Some(p) = prev { use_int(*p); } prev = Some(&x); }
// rustc: E0506 (cannot assign to `x` because it is borrowed).
#include <ownck/ownership.h>

void use_int(int v);

void demo(int n) {
  int x = 0;
  BORROWED const int *prev = 0;
  for (int i = 0; i < n; i++) {
    x = i; // expect-error[OWN005]
    if (prev)
      use_int(*prev);
    prev = &x;
  }
}
