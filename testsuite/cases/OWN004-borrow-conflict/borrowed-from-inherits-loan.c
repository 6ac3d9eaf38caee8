// vec_at() is BORROWED_FROM(v): its result carries the loan of its first argument
// 'a' (not of 'b'), so lending 'a' to a MUT_BORROW parameter conflicts while 'e' is used.
// Rust: fn vec_at<'a>(v: &'a Vec, w: &Vec, i: usize) -> &'a i32;
//       let e = vec_at(&a, &b, 0); vec_push(&mut a, 1); use_int(*e);
// rustc: E0502 (cannot borrow `a` as mutable because it is also borrowed as immutable).
#include <ownck/ownership.h>

struct vec { int items[8]; int len; };
BORROWED_FROM(v) const int *vec_at(BORROWED const struct vec *v, BORROWED const struct vec *w, int i);
void vec_push(MUT_BORROW struct vec *v, int x);
void use_int(int x);

void demo(void) {
  struct vec a = {{1, 2}, 2}, b = {{3}, 1};
  BORROWED const int *e = vec_at(&a, &b, 0);
  vec_push(&a, 1); // expect-error[OWN004]
  use_int(*e);
}
