// A BORROWED 'int *' used as an array is a shared slice: writing an element is a
// write through the borrow.
// rustc: E0594 (cannot assign to `p[_]`, which is behind a `&` reference).
// Rust: fn zero(p: &[i32], n: usize) { for i in 0..n { p[i] = 0; } }
#include <ownck/ownership.h>

void zero(BORROWED int *p, int n) {
  for (int i = 0; i < n; i++)
    p[i] = 0; // expect-error[OWN011]
}
