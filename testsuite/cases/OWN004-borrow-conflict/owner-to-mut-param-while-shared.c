// Lending the owner to a MUT_BORROW parameter while a shared borrow of it is still
// used later: the call's mutable loan conflicts with the live shared one.
// Rust: let r = &v; vec_push(&mut v, 1); vec_sum(r);
// rustc: E0502 (cannot borrow `v` as mutable because it is also borrowed as immutable).
#include <ownck/ownership.h>

struct vec { int items[8]; int len; };
void vec_init(MUT_BORROW struct vec *v);
void vec_push(MUT_BORROW struct vec *v, int x);
int vec_sum(BORROWED const struct vec *v);

int fill(void) {
  struct vec v;
  vec_init(&v);
  BORROWED const struct vec *r = &v;
  vec_push(&v, 1); // expect-error[OWN004]
  return vec_sum(r);
}
