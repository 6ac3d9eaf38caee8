// Any number of shared borrows may coexist, also when passed together to one call.
// Rust: let a = &v; let b = &v; vec_cmp(&v, &v) + vec_sum(a) + vec_sum(b)
// NLL accepts.
// rustc: accepted, no E0499/E0502.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct vec { int items[8]; int len; };
int vec_sum(BORROWED const struct vec *v);
int vec_cmp(BORROWED const struct vec *a, BORROWED const struct vec *b);

int total(BORROWED const struct vec *v) {
  BORROWED const struct vec *a = v;
  BORROWED const struct vec *b = v;
  return vec_cmp(v, v) + vec_sum(a) + vec_sum(b);
}
