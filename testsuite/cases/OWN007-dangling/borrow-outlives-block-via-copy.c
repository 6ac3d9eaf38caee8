// The loan of the block-local 'x' is copied from 'a' into the outer 'r', which is
// used after the block.
// Rust: let r; { let x = 5; let a = &x; r = a; } use_int(*r);
// rustc: E0597 (`x` does not live long enough).
#include <ownck/ownership.h>

void use_int(int v);

void demo(void) {
  BORROWED const int *r;
  {
    int x = 5;
    BORROWED const int *a = &x;
    r = a;
  } // expect-error[OWN007]
  use_int(*r);
}
