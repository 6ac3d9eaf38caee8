// Reading 'p.y' while 'p.x' is mutably borrowed: disjoint fields.
// Rust: let rx = &mut p.x; let n = p.y; *rx = n;
// NLL accepts.
// rustc: accepted, no E0503.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct point { int x, y; };

int demo(void) {
  struct point p = {1, 2};
  MUT_BORROW int *rx = &p.x;
  int n = p.y;
  *rx = n;
  return p.x;
}
