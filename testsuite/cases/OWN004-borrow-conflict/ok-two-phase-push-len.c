// Two-phase borrow: the first argument's MUT_BORROW is only reserved while the later
// arguments are evaluated, and reading the vector for them is allowed.
// Rust: v.push(v.len());   (v: &mut Vec<i32>)
// NLL accepts (two-phase borrows).
// rustc: accepted, no E0499/E0502.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct vec { int items[8]; int len; };
void vec_push(MUT_BORROW struct vec *v, int x);
int vec_len(BORROWED const struct vec *v);

void push_len(MUT_BORROW struct vec *v) {
  vec_push(v, vec_len(v));
}
