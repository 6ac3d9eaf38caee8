// A MUT_BORROW of 'p' made after the last use of a shared borrow of 'p.x'.
// Rust: let rx = &p.x; let n = *rx; let w = &mut p; w.y = n;
// NLL accepts.
// rustc: accepted, no E0499/E0502.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct point { int x, y; };

int mirror(void) {
  struct point p = {1, 2};
  BORROWED const int *rx = &p.x;
  int n = *rx;
  MUT_BORROW struct point *w = &p;
  w->y = n;
  return p.y;
}
