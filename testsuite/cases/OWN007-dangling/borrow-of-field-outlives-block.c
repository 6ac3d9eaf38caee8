// 'r' borrows a field of the block-local struct 'p' and is used after the block.
// Rust: let r; { let p = Point { x: 1, y: 2 }; r = &p.y; } use_int(*r);
// rustc: E0597 (`p.y` does not live long enough).
#include <ownck/ownership.h>

struct point { int x, y; };
void use_int(int v);

void demo(void) {
  BORROWED const int *r;
  {
    struct point p = {1, 2};
    r = &p.y;
  } // expect-error[OWN007]
  use_int(*r);
}
