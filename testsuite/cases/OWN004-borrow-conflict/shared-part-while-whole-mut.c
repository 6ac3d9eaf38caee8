// A shared borrow of the field 'p.x' while a MUT_BORROW of the whole 'p' is still
// used: the places overlap by prefix.
// Rust: let w = &mut p; let rx = &p.x; w.y = *rx;
// rustc: E0502 (cannot borrow `p.x` as immutable because it is also borrowed as mutable).
#include <ownck/ownership.h>

struct point { int x, y; };

int mirror(void) {
  struct point p = {1, 2};
  MUT_BORROW struct point *w = &p;
  BORROWED const int *rx = &p.x; // expect-error[OWN004]
  w->y = *rx;
  return p.y;
}
