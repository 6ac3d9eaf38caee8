// A MUT_BORROW of the whole struct while a shared borrow of one of its fields is still
// used: 'p' is a prefix of 'p.x', so the two places overlap.
// Rust: let rx = &p.x; let w = &mut p; w.y = *rx;
// rustc: E0502 (cannot borrow `p` as mutable because it is also borrowed as immutable).
#include <ownck/ownership.h>

struct point { int x, y; };

int mirror(void) {
  struct point p = {1, 2};
  BORROWED const int *rx = &p.x;
  MUT_BORROW struct point *w = &p; // expect-error[OWN004]
  w->y = *rx;
  return p.y;
}
