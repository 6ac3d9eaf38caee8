// vec_at() is BORROWED_FROM(v): 'e' borrows 'a' only, so 'b' may be assigned while
// 'e' is still used.
// Rust: fn vec_at<'a>(v: &'a Vec, w: &Vec, i: usize) -> &'a i32;
//       let e = vec_at(&a, &b, 0); b = Vec::new(); use_int(*e);
// NLL accepts.
// rustc: accepted, no E0505/E0506.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct vec { int items[8]; int len; };
BORROWED_FROM(v) const int *vec_at(BORROWED const struct vec *v, BORROWED const struct vec *w, int i);
void use_int(int v);

int demo(void) {
  struct vec a = {{1, 2}, 2}, b = {{3}, 1};
  BORROWED const int *e = vec_at(&a, &b, 0);
  b = (struct vec){{0}, 0};
  use_int(*e);
  return b.len;
}
