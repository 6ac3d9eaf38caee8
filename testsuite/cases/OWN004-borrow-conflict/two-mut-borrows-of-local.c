// Two MUT_BORROWs of one local, both used afterwards.
// Rust: let a = &mut x; let b = &mut x; *b = 1; *a = 2;
// rustc: E0499 (cannot borrow `x` as mutable more than once at a time).
#include <ownck/ownership.h>

int twice(void) {
  int x = 0;
  MUT_BORROW int *a = &x;
  MUT_BORROW int *b = &x; // expect-error[OWN004]
  *b = 1;
  *a = 2;
  return x;
}
