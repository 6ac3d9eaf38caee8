// Releasing the vector while a MUT_BORROW into it, returned by vec_slot() (lifetime
// elision: it borrows the only borrowed argument), is still used.
// Rust: let slot = vec_slot(&mut v, 0); vec_free(v); *slot = 1;   (v: Box<Vec>)
// rustc: E0505 (cannot move out of `v` because it is borrowed).
#include <ownck/ownership.h>

struct vec { int items[8]; int len; };
OWNED struct vec *vec_new(void);
void vec_free(OWNED struct vec *v);
MUT_BORROW int *vec_slot(MUT_BORROW struct vec *v, int i);

void demo(void) {
  OWNED struct vec *v = vec_new();
  MUT_BORROW int *slot = vec_slot(v, 0);
  vec_free(v); // expect-error[OWN005]
  *slot = 1;
}
