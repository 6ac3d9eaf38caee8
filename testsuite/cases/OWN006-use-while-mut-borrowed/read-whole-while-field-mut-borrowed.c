// Copying the whole struct while a MUT_BORROW of one of its fields is live: the copy
// reads 'p.x' too.
// Rust: let rx = &mut p.x; let q = p; *rx = 1; q.x + q.y   (Point: Copy)
// rustc: E0503 (cannot use `p` because it was mutably borrowed).
#include <ownck/ownership.h>

struct point { int x, y; };

int demo(void) {
  struct point p = {1, 2};
  MUT_BORROW int *rx = &p.x;
  struct point q = p; // expect-error[OWN006]
  *rx = 1;
  return q.x + q.y;
}
