// A compound literal stores a borrow of the block-local 'x' in the outer 'v.r';
// 'v.r' is used after the block.
// Rust: let v; { let x = 5; v = View { r: &x }; } use_int(*v.r);
// rustc: E0597 (`x` does not live long enough).
#include <ownck/ownership.h>

struct view { BORROWED const int *r; };
void use_int(int v);

void demo(void) {
  struct view v;
  {
    int x = 5;
    v = (struct view){.r = &x};
  } // expect-error[OWN007]
  use_int(*v.r);
}
