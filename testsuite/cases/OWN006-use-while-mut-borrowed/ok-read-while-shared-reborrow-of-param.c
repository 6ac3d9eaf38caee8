// A shared reborrow of a MUT_BORROW parameter: reading the parameter meanwhile is
// fine, reads do not conflict with shared borrows.
// Rust: let r: &Vec = &*v; let n = v.len; vec_sum(r) + n   (v: &mut Vec)
// NLL accepts.
// rustc: accepted, no E0503.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct vec { int items[8]; int len; };
int vec_sum(BORROWED const struct vec *v);

int demo(MUT_BORROW struct vec *v) {
  BORROWED const struct vec *r = v;
  int n = v->len;
  return vec_sum(r) + n;
}
