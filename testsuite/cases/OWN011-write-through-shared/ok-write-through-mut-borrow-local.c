// A MUT_BORROW local ('&mut x') may be written through; the owner is used again
// only after the borrow's last use.
// rustc accepts.
// Rust: let mut x = 1; let w = &mut x; *w = 5; x
// rustc: accepted, no E0594/E0596.
// expect-no-diagnostics
#include <ownck/ownership.h>

int overwrite(void) {
  int x = 1;
  MUT_BORROW int *w = &x;
  *w = 5;
  return x;
}
