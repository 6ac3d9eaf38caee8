// Each iteration borrows 'x', uses the borrow, then assigns 'x': the borrow does
// not reach the assignment nor the next iteration.
// Rust: for i in 0..n { let r = &x; use_int(*r); x = i; }
// NLL accepts.
// rustc: accepted, no E0505/E0506.
// expect-no-diagnostics
#include <ownck/ownership.h>

void use_int(int v);

int demo(int n) {
  int x = 0;
  for (int i = 0; i < n; i++) {
    BORROWED const int *r = &x;
    use_int(*r);
    x = i;
  }
  return x;
}
