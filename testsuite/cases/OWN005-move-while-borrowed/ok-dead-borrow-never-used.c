// A borrow that is never used again is not live: assigning what it borrowed is fine.
// Rust: let rx = &p.x; p = Point { x: 0, y: 0 };   (rx unused afterwards)
// NLL accepts.
// rustc: accepted, no E0505/E0506.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct point { int x, y; };
void use_int(int v);

int demo(void) {
  struct point p = {1, 2};
  BORROWED const int *rx = &p.x;
  use_int(*rx);
  rx = &p.y;
  p = (struct point){0, 0};
  return p.x;
}
