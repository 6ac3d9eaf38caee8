// Assigning the whole struct 'p' while a shared borrow of its field 'p.y' is still
// used: 'p' is a prefix of the borrowed place 'p.y'.
// Rust: let ry = &p.y; p = Point { x: 1, y: 2 }; use_int(*ry);
// rustc: E0506 (cannot assign to `p` because it is borrowed).
#include <ownck/ownership.h>

struct point { int x, y; };
void use_int(int v);

void reset(void) {
  struct point p = {5, 6};
  BORROWED const int *ry = &p.y;
  p = (struct point){1, 2}; // expect-error[OWN005]
  use_int(*ry);
}
