// vec_at() is BORROWED_FROM(v): its result keeps only the first argument borrowed,
// so 'b' may be lent mutably while the result is still used.
// Rust: fn vec_at<'a>(v: &'a Vec, w: &Vec, i: usize) -> &'a i32;
//       let e = vec_at(&a, &b, 0); vec_push(&mut b, 1); use_int(*e);
// NLL accepts.
// rustc: accepted, no E0499/E0502.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct vec { int items[8]; int len; };
BORROWED_FROM(v) const int *vec_at(BORROWED const struct vec *v, BORROWED const struct vec *w, int i);
void vec_push(MUT_BORROW struct vec *v, int x);
void use_int(int x);

void demo(void) {
  struct vec a = {{1, 2}, 2}, b = {{3}, 1};
  BORROWED const int *e = vec_at(&a, &b, 0);
  vec_push(&b, 1);
  use_int(*e);
}
