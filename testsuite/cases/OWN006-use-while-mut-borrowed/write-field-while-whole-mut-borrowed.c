// Writing 'p.x' directly while a MUT_BORROW of the whole 'p' is still used: the
// written place lies inside the mutably borrowed one.
// Rust: let w = &mut p; p.x = 1; w.y = 2;
// rustc: E0506 (cannot assign to `p.x` because it is borrowed); ownck: a write to an
// overlapping place under a live MUT_BORROW.
#include <ownck/ownership.h>

struct point { int x, y; };

int demo(void) {
  struct point p = {0, 0};
  MUT_BORROW struct point *w = &p;
  p.x = 1; // expect-error[OWN006]
  w->y = 2;
  return p.x + p.y;
}
