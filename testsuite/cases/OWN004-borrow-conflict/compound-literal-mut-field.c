// A compound literal assigned to a struct acts field by field: 'v.w' holds a
// MUT_BORROW of 'x', so a shared borrow of 'x' conflicts while 'v.w' is used later.
// Rust: v = View { w: &mut x }; let r = &x; *v.w = *r;
// rustc: E0502 (cannot borrow `x` as immutable because it is also borrowed as mutable).
#include <ownck/ownership.h>

struct view { MUT_BORROW int *w; };

int through_view(void) {
  int x = 3;
  struct view v;
  v = (struct view){.w = &x};
  BORROWED const int *r = &x; // expect-error[OWN004]
  *v.w = *r * 2;
  return x;
}
