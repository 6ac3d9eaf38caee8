// A field that is an array of BORROWED pointers ('[&i32; 8]') is a valid
// annotation; each element is a shared borrow, so writing through one is E0594.
// rustc: E0594 (cannot assign to `*r.vals[_]`, which is behind a `&` reference).
// Rust: fn wipe(r: &mut Reg<'_>, i: usize) { *r.vals[i] = 0; }  // vals: [&'a i32; 8]
#include <ownck/ownership.h>

struct reg { BORROWED int *vals[8]; int n; };

void wipe(MUT_BORROW struct reg *r, int i) {
  if (i >= 0 && i < r->n)
    *r->vals[i] = 0; // expect-error[OWN011]
}
