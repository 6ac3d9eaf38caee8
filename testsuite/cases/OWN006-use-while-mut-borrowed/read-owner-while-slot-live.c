// vec_slot() returns a MUT_BORROW of its only borrowed argument (lifetime elision):
// reading 'v->len' while 'slot' is used later conflicts.
// Rust: let slot = vec_slot(v, 0); let n = v.len; *slot = n;   (v: &mut Vec)
// rustc: E0503 (cannot use `v.len` because it was mutably borrowed).
#include <ownck/ownership.h>

struct vec { int items[8]; int len; };
MUT_BORROW int *vec_slot(MUT_BORROW struct vec *v, int i);

void stamp(MUT_BORROW struct vec *v) {
  MUT_BORROW int *slot = vec_slot(v, 0);
  int n = v->len; // expect-error[OWN006]
  *slot = n;
}
