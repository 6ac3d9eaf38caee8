// 'r' borrows 'x', which dies at the end of the inner block, and 'r' is used after it.
// Rust: let r; { let x = 5; r = &x; } use_int(*r);
// rustc: E0597 (`x` does not live long enough).
#include <ownck/ownership.h>

void use_int(int v);

void demo(void) {
  BORROWED const int *r;
  {
    int x = 5;
    r = &x;
  } // expect-error[OWN007]
  use_int(*r);
}
