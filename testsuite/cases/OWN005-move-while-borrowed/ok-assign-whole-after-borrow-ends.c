// The borrow of 'p.y' is last used before the whole struct is assigned.
// Rust: let ry = &p.y; use_int(*ry); p = Point { x: 1, y: 2 };
// NLL accepts.
// rustc: accepted, no E0505/E0506.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct point { int x, y; };
void use_int(int v);

int reset(void) {
  struct point p = {5, 6};
  BORROWED const int *ry = &p.y;
  use_int(*ry);
  p = (struct point){1, 2};
  return p.x;
}
