// Reading the field once the MUT_BORROW of it has been used for the last time.
// Rust: let rx = &mut p.x; *rx = 7; let n = p.x;
// NLL accepts.
// rustc: accepted, no E0503.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct point { int x, y; };

int demo(void) {
  struct point p = {1, 2};
  MUT_BORROW int *rx = &p.x;
  *rx = 7;
  int n = p.x;
  return n;
}
