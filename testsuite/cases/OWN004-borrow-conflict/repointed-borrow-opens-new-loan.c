// Re-pointing a borrow local opens a new loan: after 'p = &y', 'p' mutably borrows 'y',
// so a shared borrow of 'y' conflicts while 'p' is used later.
// Rust: let mut p = &mut x; *p = 1; p = &mut y; let r = &y; *p = *r;
// rustc: E0502 (cannot borrow `y` as immutable because it is also borrowed as mutable).
#include <ownck/ownership.h>

int repoint(void) {
  int x = 0, y = 5;
  MUT_BORROW int *p = &x;
  *p = 1;
  p = &y;
  BORROWED const int *r = &y; // expect-error[OWN004]
  *p = *r + 1;
  return x + y;
}
