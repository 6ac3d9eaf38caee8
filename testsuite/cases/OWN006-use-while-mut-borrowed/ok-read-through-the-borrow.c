// Reading and writing through the MUT_BORROW itself is what it is for.
// Rust: let w = &mut p; let n = w.x; w.y = n;
// NLL accepts.
// rustc: accepted, no E0503.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct point { int x, y; };

int demo(void) {
  struct point p = {1, 2};
  MUT_BORROW struct point *w = &p;
  int n = w->x;
  w->y = n;
  return p.y;
}
