// The MUT_BORROW returned by vec_slot() is last used before 'v->len' is read.
// Rust: let slot = vec_slot(v, 0); *slot = 1; let n = v.len;
// NLL accepts.
// rustc: accepted, no E0503.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct vec { int items[8]; int len; };
MUT_BORROW int *vec_slot(MUT_BORROW struct vec *v, int i);

int stamp(MUT_BORROW struct vec *v) {
  MUT_BORROW int *slot = vec_slot(v, 0);
  *slot = 1;
  return v->len;
}
