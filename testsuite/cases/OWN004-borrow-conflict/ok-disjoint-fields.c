// MUT_BORROWs of two different fields of one struct do not overlap.
// Rust: let px = &mut p.x; let py = &mut p.y; *px = 1; *py = 2;
// NLL accepts (disjoint field borrows).
// rustc: accepted, no E0499/E0502.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct point { int x, y; };

int set_both(void) {
  struct point p = {0, 0};
  MUT_BORROW int *px = &p.x;
  MUT_BORROW int *py = &p.y;
  *px = 1;
  *py = 2;
  return p.x + p.y;
}
