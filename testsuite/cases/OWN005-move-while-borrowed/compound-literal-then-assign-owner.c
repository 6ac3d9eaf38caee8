// A compound literal assigned to 'v' stores a borrow of 'p.y' in 'v.r'; assigning the
// whole 'p' (a prefix of 'p.y') while 'v.r' is used later conflicts.
// Rust: v = View { r: &p.y }; p = Point { x: 0, y: 0 }; use_int(*v.r);
// rustc: E0506 (cannot assign to `p` because it is borrowed).
#include <ownck/ownership.h>

struct point { int x, y; };
struct view { BORROWED const int *r; };
void use_int(int v);

void demo(void) {
  struct point p = {1, 2};
  struct view v;
  v = (struct view){.r = &p.y};
  p = (struct point){0, 0}; // expect-error[OWN005]
  use_int(*v.r);
}
