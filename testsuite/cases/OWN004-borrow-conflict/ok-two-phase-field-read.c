// Two-phase borrow with an argument read directly from a field of the vector.
// Rust: v.push(v.len);   (v: &mut Vec, a plain field read during the reservation)
// NLL accepts (two-phase borrows allow reads before the call activates the borrow).
// rustc: accepted, no E0499/E0502.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct vec { int items[8]; int len; };
void vec_push(MUT_BORROW struct vec *v, int x);

void push_len(MUT_BORROW struct vec *v) {
  vec_push(v, v->len);
}
