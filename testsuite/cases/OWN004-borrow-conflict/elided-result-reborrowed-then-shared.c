// vec_slot() returns a MUT_BORROW of its only borrowed argument (lifetime elision);
// copying it into 's2' keeps that loan alive, so a shared borrow of '*v' conflicts.
// Rust: let slot = vec_slot(v, 0); let s2: &mut i32 = slot; let r = &*v; *s2 = r.len;
// rustc: E0502 (cannot borrow `*v` as immutable because it is also borrowed as mutable).
#include <ownck/ownership.h>

struct vec { int items[8]; int len; };
MUT_BORROW int *vec_slot(MUT_BORROW struct vec *v, int i);

void stamp(MUT_BORROW struct vec *v) {
  MUT_BORROW int *slot = vec_slot(v, 0);
  MUT_BORROW int *s2 = slot;
  BORROWED const struct vec *r = v; // expect-error[OWN004]
  *s2 = r->len;
}
