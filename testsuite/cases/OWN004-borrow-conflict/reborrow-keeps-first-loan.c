// 'q' is copied from 'p' (a reborrow): it carries p's loan of 'x', so the mutable
// borrow of 'x' lasts until q's last use even though 'p' is never used again.
// Rust: let p = &mut x; let q: &mut i32 = p; let r = &x; *q = *r;
// rustc: E0502 (cannot borrow `x` as immutable because it is also borrowed as mutable).
#include <ownck/ownership.h>

int chain(void) {
  int x = 1;
  MUT_BORROW int *p = &x;
  MUT_BORROW int *q = p;
  BORROWED const int *r = &x; // expect-error[OWN004]
  *q = *r + 1;
  return x;
}
