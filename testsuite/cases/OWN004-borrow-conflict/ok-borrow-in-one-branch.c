// The MUT_BORROW 'w' is used only on the 'then' path; on the 'else' path it is dead,
// so a shared borrow of 'x' there does not conflict.
// Rust: let w = &mut x; if flag { *w = 1; } else { let r = &x; use_int(*r); }
// NLL accepts (liveness is per path).
// rustc: accepted, no E0499/E0502.
// expect-no-diagnostics
#include <ownck/ownership.h>

void use_int(int x);

int pick(int flag) {
  int x = 0;
  MUT_BORROW int *w = &x;
  if (flag) {
    *w = 1;
  } else {
    BORROWED const int *r = &x;
    use_int(*r);
  }
  return x;
}
