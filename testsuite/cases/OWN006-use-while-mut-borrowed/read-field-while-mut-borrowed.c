// Reading the field 'p.x' while a MUT_BORROW of that very field is used later.
// Rust: let rx = &mut p.x; let n = p.x; *rx = n + 1;
// rustc: E0503 (cannot use `p.x` because it was mutably borrowed).
#include <ownck/ownership.h>

struct point { int x, y; };

int demo(void) {
  struct point p = {1, 2};
  MUT_BORROW int *rx = &p.x;
  int n = p.x; // expect-error[OWN006]
  *rx = n + 1;
  return p.x;
}
