// Two-phase borrows let the first argument's MUT_BORROW wait while later arguments
// READ the object (vec_push(v, vec_len(v)) is fine), but not while they borrow it
// mutably: vec_pop(v) needs '*v' exclusively during the reservation.
// Rust: v.push(v.pop().unwrap());   (v: &mut Vec<i32>)
// rustc: E0499 (cannot borrow `*v` as mutable more than once at a time).
#include <ownck/ownership.h>

struct vec { int items[8]; int len; };
void vec_push(MUT_BORROW struct vec *v, int x);
int vec_pop(MUT_BORROW struct vec *v);

void rotate(MUT_BORROW struct vec *v) {
  vec_push(v, vec_pop(v)); // expect-error[OWN004]
}
