// 'w' is used on the 'then' path only; on the 'else' path it is dead, so reading
// 'x' there is fine.
// Rust: let w = &mut x; if flag { *w = 1; } else { n = x; }
// NLL accepts (liveness per path).
// rustc: accepted, no E0503.
// expect-no-diagnostics
#include <ownck/ownership.h>

int demo(int flag) {
  int x = 5, n = 0;
  MUT_BORROW int *w = &x;
  if (flag)
    *w = 1;
  else
    n = x;
  return n + x;
}
