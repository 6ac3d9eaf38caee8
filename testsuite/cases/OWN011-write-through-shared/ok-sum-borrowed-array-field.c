// A field that is an array of BORROWED pointers ('[&i32; 8]') read through a
// BORROWED struct: reads only, no OWN011 and no OWN013.
// rustc accepts.
// Rust: fn sum(r: &Reg<'_>) -> i32 { r.vals[..r.n].iter().map(|v| **v).sum() }
// rustc: accepted, no E0594/E0596.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct reg { BORROWED const int *vals[8]; int n; };

int sum(BORROWED const struct reg *r) {
  int t = 0;
  for (int i = 0; i < r->n && i < 8; i++)
    t += *r->vals[i];
  return t;
}
