// A MUT_BORROW returned by a function borrows from its only borrowed argument
// (Rust's lifetime elision; BORROWED_FROM names the parameter when there are more):
// while 'slot' is used later, lending 'v' mutably again is two mutable borrows (E0499).
#include <ownck/ownership.h>

struct vec { int *data; int len; };
MUT_BORROW int *vec_slot(MUT_BORROW struct vec *v, int i);
BORROWED_FROM(v) const int *vec_at(BORROWED const struct vec *v, BORROWED const struct vec *other, int i);
void vec_push(MUT_BORROW struct vec *v, int x);

void demo(MUT_BORROW struct vec *v) {
  MUT_BORROW int *slot = vec_slot(v, 0);
  vec_push(v, 7); // expect-error[OWN004]{{cannot borrow 'v' as mutable because it is also borrowed as mutable (by 'slot')}}
                  // expect-note@-2{{mutable borrow of 'v' occurs here}}
                  // expect-note@+1{{borrow later used here}}
  *slot = 1;
}

void fine(MUT_BORROW struct vec *v, struct vec *w) {
  MUT_BORROW int *slot = vec_slot(v, 0);
  *slot = 1;
  vec_push(v, 7);
  BORROWED const int *x = vec_at(w, v, 0);
  vec_push(v, *x);
}
