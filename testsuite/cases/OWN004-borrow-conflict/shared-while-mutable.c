// One MUT_BORROW XOR any number of BORROWED: taking a shared borrow of 'v' while a
// mutable one is still used later is E0502.
#include <ownck/ownership.h>

struct vec { int *data; int len; };
void push(MUT_BORROW struct vec *v, int x);
int sum(BORROWED const struct vec *v);

void fill(struct vec *v) {
  MUT_BORROW struct vec *w = v;
  BORROWED const struct vec *r = v; // expect-error[OWN004]{{cannot borrow 'v' as immutable because it is also borrowed as mutable (by 'w')}}
                                    // expect-note@-2{{mutable borrow of 'v' occurs here}}
  push(w, sum(r));
}
