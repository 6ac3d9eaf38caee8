// A borrow of a loop-body local, used only inside the body.
// Rust: for i in 0..n { let v = i * 2; let r = &v; total += *r; }
// NLL accepts.
// rustc: accepted, no E0515/E0597.
// expect-no-diagnostics
#include <ownck/ownership.h>

int demo(int n) {
  int total = 0;
  for (int i = 0; i < n; i++) {
    int v = i * 2;
    BORROWED const int *r = &v;
    total += *r;
  }
  return total;
}
