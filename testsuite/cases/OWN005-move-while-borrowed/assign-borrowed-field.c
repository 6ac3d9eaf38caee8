// Assigning the very field that is borrowed while the borrow is used later.
// Rust: let rx = &p.x; p.x = 5; use_int(*rx);
// rustc: E0506 (cannot assign to `p.x` because it is borrowed).
#include <ownck/ownership.h>

struct point { int x, y; };
void use_int(int v);

void bump(void) {
  struct point p = {1, 2};
  BORROWED const int *rx = &p.x;
  p.x = 5; // expect-error[OWN005]
  use_int(*rx);
}
