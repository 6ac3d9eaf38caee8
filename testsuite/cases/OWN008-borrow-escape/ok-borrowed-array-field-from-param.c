// A local view whose field is an array of BORROWED pointers, filled with loans of
// elements of a BORROWED parameter: the view dies first, nothing escapes.
// rustc accepts.
// Rust: fn sum3(xs: &[i32]) -> i32 { let v = View { vals: [&xs[0], &xs[1], &xs[2]] }; v.vals.iter().map(|x| **x).sum() }
// rustc: accepted, no E0521.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct view { BORROWED const int *vals[8]; int n; };

int sum3(BORROWED const int *xs) {
  struct view v;
  int total = 0;
  for (int i = 0; i < 3; i++)
    v.vals[i] = &xs[i];
  v.n = 3;
  for (int i = 0; i < v.n; i++)
    total += *v.vals[i];
  return total;
}
