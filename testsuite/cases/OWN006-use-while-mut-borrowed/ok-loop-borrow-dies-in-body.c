// Each iteration's MUT_BORROW is last used before 'x' is read in the same iteration.
// Rust: for _ in 0..n { let w = &mut x; *w += 1; total += x; }
// NLL accepts.
// rustc: accepted, no E0503.
// expect-no-diagnostics
#include <ownck/ownership.h>

int demo(int n) {
  int x = 0, total = 0;
  for (int i = 0; i < n; i++) {
    MUT_BORROW int *w = &x;
    *w += 1;
    total += x;
  }
  return total;
}
