// While a MUT_BORROW of 'v' is live, 'v' itself may not be used: the exclusive
// borrow is the only way in (E0503).
#include <ownck/ownership.h>

struct vec { int *data; int len; };
void push(MUT_BORROW struct vec *v, int x);

int count_then_push(struct vec *v) {
  MUT_BORROW struct vec *w = v;
  int n = v->len; // expect-error[OWN006]{{cannot use 'v->len' while it is mutably borrowed by 'w'}}
  push(w, n);
  return n;
}
