// Reading a place while only shared borrows of it are live.
// Rust: let r = &p.x; let n = p.x; n + *r
// NLL accepts (shared borrows allow reads).
// rustc: accepted, no E0503.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct point { int x, y; };

int demo(void) {
  struct point p = {1, 2};
  BORROWED const int *r = &p.x;
  int n = p.x;
  return n + *r;
}
