// '*(p + 1)' is 'p[1]' spelled with arithmetic: an index step below the BORROWED
// root, and a write through it.
// rustc: E0594 (cannot assign to `p[_]`, which is behind a `&` reference).
// Rust: fn second(p: &[i32]) -> i32 { p[1] = 0; p[0] }
#include <ownck/ownership.h>

int second(BORROWED int *p) {
  *(p + 1) = 0; // expect-error[OWN011]
  return *p;
}
