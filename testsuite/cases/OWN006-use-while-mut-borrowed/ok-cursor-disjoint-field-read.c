// A designated initializer stores a MUT_BORROW of 'p.x' in 'c.w'; reading 'p.y'
// meanwhile touches a disjoint field.
// Rust: let c = Cursor { w: &mut p.x }; let n = p.y; *c.w = n;
// NLL accepts.
// rustc: accepted, no E0503.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct point { int x, y; };
struct cursor { MUT_BORROW int *w; };

int demo(void) {
  struct point p = {1, 2};
  struct cursor c = {.w = &p.x};
  int n = p.y;
  *c.w = n;
  return p.x;
}
