// 'v.r' borrows 'p.x'; assigning 'p.y' meanwhile touches a disjoint place.
// Rust: let v = View { r: &p.x }; p.y = 3; use_int(*v.r);
// NLL accepts.
// rustc: accepted, no E0505/E0506.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct point { int x, y; };
struct view { BORROWED const int *r; };
void use_int(int v);

int demo(void) {
  struct point p = {1, 2};
  struct view v = {.r = &p.x};
  p.y = 3;
  use_int(*v.r);
  return p.y;
}
