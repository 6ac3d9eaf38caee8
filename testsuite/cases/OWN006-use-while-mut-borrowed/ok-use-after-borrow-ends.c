// Using the owner again once the mutable borrow's last use is behind is fine.
// rustc: accepted, no E0503.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct vec { int *data; int len; };
void push(MUT_BORROW struct vec *v, int x);

int push_then_count(struct vec *v) {
  MUT_BORROW struct vec *w = v;
  push(w, 1);
  push(w, 2);
  return v->len;
}
