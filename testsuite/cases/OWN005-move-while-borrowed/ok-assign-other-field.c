// Assigning 'p.x' while 'p.y' is borrowed: the places are disjoint.
// Rust: let ry = &p.y; p.x = 5; use_int(*ry);
// NLL accepts.
// rustc: accepted, no E0505/E0506.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct point { int x, y; };
void use_int(int v);

void bump(void) {
  struct point p = {1, 2};
  BORROWED const int *ry = &p.y;
  p.x = 5;
  use_int(*ry);
}
