// '&vals[2]' is a loan of an index step below the BORROWED root 'vals': it lives
// no longer than the caller's array.
// rustc: E0521 (borrowed data escapes outside of function).
// Rust: fn pick(vals: &[i32]) { unsafe { ELEM = &vals[2]; } }
#include <ownck/ownership.h>

static const int *g_elem;

void pick(BORROWED const int *vals) {
  g_elem = &vals[2]; // expect-error[OWN008]
}
