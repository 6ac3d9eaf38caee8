// Re-pointing the parameter 'v' (a shared reference) while 'e', a borrow of
// 'v->len', is still used: assigning the reference does not touch what it pointed to.
// Rust: fn f<'a>(mut v: &'a Vec, w: &'a Vec) { let e = &v.len; v = w; use_int(*e + v.len); }
// NLL accepts (a shallow write of 'v' does not conflict with loans of '(*v).len').
// rustc: accepted, no E0505/E0506.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct vec { int items[8]; int len; };
void use_int(int v);

void f(BORROWED const struct vec *v, BORROWED const struct vec *w) {
  BORROWED const int *e = &v->len;
  v = w;
  use_int(*e + v->len);
}
