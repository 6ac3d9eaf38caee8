// vec_slot() is declared to return a MUT_BORROW of 'v', so its result is a mutable
// borrow even though the receiving local 'slot' carries no annotation.
// Rust: let slot: &mut i32 = vec_slot(v, 0); let n = v.len; *slot = n;
// rustc: E0503 (cannot use `v.len` because it was mutably borrowed).
#include <ownck/ownership.h>

struct vec { int items[8]; int len; };
BORROWED_FROM(v) MUT_BORROW int *vec_slot(MUT_BORROW struct vec *v, int i);

void stamp(MUT_BORROW struct vec *v) {
  int *slot = vec_slot(v, 0);
  int n = v->len; // expect-error[OWN006]
  *slot = n;
}
