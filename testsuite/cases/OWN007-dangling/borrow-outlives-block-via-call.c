// pick() returns a borrow of its argument (lifetime elision), here the block-local
// 'x'; the result is used after the block ends.
// Rust: let r; { let x = 5; r = pick(&x); } use_int(*r);
// rustc: E0597 (`x` does not live long enough).
#include <ownck/ownership.h>

BORROWED const int *pick(BORROWED const int *a);
void use_int(int v);

void demo(void) {
  BORROWED const int *r;
  {
    int x = 5;
    r = pick(&x);
  } // expect-error[OWN007]
  use_int(*r);
}
