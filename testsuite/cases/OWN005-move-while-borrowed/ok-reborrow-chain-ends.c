// The copied borrow 'r2' is last used before 'x' is assigned.
// Rust: let r = &x; let r2 = r; use_int(*r2); x = 7;
// NLL accepts.
// rustc: accepted, no E0505/E0506.
// expect-no-diagnostics
#include <ownck/ownership.h>

void use_int(int v);

int chain(void) {
  int x = 1;
  BORROWED const int *r = &x;
  BORROWED const int *r2 = r;
  use_int(*r2);
  x = 7;
  return x;
}
