// A struct field that is an array of borrows ('[&i32; 8]') is accepted as an
// annotation; filling it, in the caller's struct, with a borrow that lives only
// for the call is an escape. rustc: "lifetime may not live long enough".
// Rust: fn reg_add(r: &mut Reg<'_>, v: &i32) { r.vals[r.n] = v; r.n += 1; }
// rustc: E0521 (borrowed data escapes; rustc says "lifetime may not live long enough").
#include <ownck/ownership.h>

struct reg { BORROWED const int *vals[8]; int n; };

void reg_add(MUT_BORROW struct reg *r, BORROWED const int *v) {
  if (r->n >= 8)
    return;
  r->vals[r->n] = v; // expect-error[OWN008]
  r->n++;
}
