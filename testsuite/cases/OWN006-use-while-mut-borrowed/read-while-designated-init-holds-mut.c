// A designated initializer stores a MUT_BORROW of 'p' in 'c.w'; reading 'p.x' while
// 'c.w' is used later conflicts.
// Rust: let c = Cursor { w: &mut p }; let n = p.x; c.w.y = n;
// rustc: E0503 (cannot use `p.x` because it was mutably borrowed).
#include <ownck/ownership.h>

struct point { int x, y; };
struct cursor { MUT_BORROW struct point *w; int step; };

int demo(void) {
  struct point p = {1, 2};
  struct cursor c = {.w = &p, .step = 1};
  int n = p.x; // expect-error[OWN006]
  c.w->y = n;
  return p.y;
}
