// 'q' reborrows 'p'; while 'q' is used only 'q' is touched, and 'p' is used again
// only after q's last use.
// Rust: let p = &mut x; let q: &mut i32 = p; *q = 1; *q += 1; *p += 1; let r = &x;
// NLL accepts (the reborrow ends at its last use).
// rustc: accepted, no E0499/E0502.
// expect-no-diagnostics
#include <ownck/ownership.h>

int chain(void) {
  int x = 0;
  MUT_BORROW int *p = &x;
  MUT_BORROW int *q = p;
  *q = 1;
  *q += 1;
  *p += 1;
  BORROWED const int *r = &x;
  return *r;
}
