// Borrows end at their last use (non-lexical lifetimes): a shared borrow after the
// last use of a mutable one, and several shared borrows at once, are fine.
// rustc: accepted, no E0499/E0502.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct vec { int *data; int len; };
void push(MUT_BORROW struct vec *v, int x);
int sum(BORROWED const struct vec *v);
void append_all(MUT_BORROW struct vec *dst, BORROWED const struct vec *src);

int grow(struct vec *v, struct vec *other) {
  MUT_BORROW struct vec *w = v;
  push(w, 1);
  BORROWED const struct vec *a = v;
  BORROWED const struct vec *b = v;
  append_all(other, v);
  return sum(a) + sum(b);
}
