// A MUT_BORROW into the vector and a copy of it are both last used before the
// vector is released.
// Rust: let slot = vec_slot(&mut v, 0); let s2: &mut i32 = slot; *s2 = 1; drop(v);
// NLL accepts.
// rustc: accepted, no E0505/E0506.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct vec { int items[8]; int len; };
OWNED struct vec *vec_new(void);
void vec_free(OWNED struct vec *v);
MUT_BORROW int *vec_slot(MUT_BORROW struct vec *v, int i);

void demo(void) {
  OWNED struct vec *v = vec_new();
  MUT_BORROW int *slot = vec_slot(v, 0);
  MUT_BORROW int *s2 = slot;
  *s2 = 1;
  vec_free(v);
}
