// Assigning the whole struct while a MUT_BORROW of one of its fields is still used.
// Rust: let wx = &mut p.x; p = Point { x: 0, y: 0 }; *wx = 1;
// rustc: E0506 (cannot assign to `p` because it is borrowed).
#include <ownck/ownership.h>

struct point { int x, y; };

int demo(void) {
  struct point p = {1, 2};
  MUT_BORROW int *wx = &p.x;
  p = (struct point){0, 0}; // expect-error[OWN005]
  *wx = 1;
  return p.x;
}
