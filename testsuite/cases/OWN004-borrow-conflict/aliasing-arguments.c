// Passing the same object as a MUT_BORROW and as another borrow in one call gives
// the callee two aliases of which one writes: memcpy-style overlap (E0499/E0502).
#include <ownck/ownership.h>

struct vec { int *data; int len; };
void append_all(MUT_BORROW struct vec *dst, BORROWED const struct vec *src);

void double_up(struct vec *v) {
  append_all(v, v); // expect-error[OWN004]{{'v' is passed twice to 'append_all'}}
}
