// A designated initializer acts field by field: '.a = &x' and '.b = &x' are two
// MUT_BORROWs of 'x' held by one struct.
// Rust: let pr = Pair { a: &mut x, b: &mut x };
// rustc: E0499 (cannot borrow `x` as mutable more than once at a time).
#include <ownck/ownership.h>

struct pair { MUT_BORROW int *a; MUT_BORROW int *b; };

int alias_pair(void) {
  int x = 0;
  struct pair pr = {.a = &x, .b = &x}; // expect-error[OWN004]
  *pr.a = 1;
  *pr.b = 2;
  return x;
}
