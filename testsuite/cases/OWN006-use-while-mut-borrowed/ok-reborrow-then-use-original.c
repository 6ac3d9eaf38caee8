// The parameter 'p' is reborrowed into 'q'; 'p' is read again only after q's last use.
// Rust: fn f(p: &mut i32) -> i32 { let q: &mut i32 = p; *q = 1; *p }
// NLL accepts.
// rustc: accepted, no E0503.
// expect-no-diagnostics
#include <ownck/ownership.h>

int demo(MUT_BORROW int *p) {
  MUT_BORROW int *q = p;
  *q = 1;
  return *p;
}
