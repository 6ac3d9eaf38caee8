// vec_at() is BORROWED_FROM(v): 'e' borrows 'a', so assigning 'a' while 'e' is
// still used conflicts.
// Rust: fn vec_at<'a>(v: &'a Vec, w: &Vec, i: usize) -> &'a i32;
//       let e = vec_at(&a, &b, 0); a = Vec::new(); use_int(*e);
// rustc: E0506 (cannot assign to `a` because it is borrowed).
#include <ownck/ownership.h>

struct vec { int items[8]; int len; };
BORROWED_FROM(v) const int *vec_at(BORROWED const struct vec *v, BORROWED const struct vec *w, int i);
void use_int(int v);

void demo(void) {
  struct vec a = {{1, 2}, 2}, b = {{3}, 1};
  BORROWED const int *e = vec_at(&a, &b, 0);
  a = (struct vec){{0}, 0}; // expect-error[OWN005]
  use_int(*e);
}
