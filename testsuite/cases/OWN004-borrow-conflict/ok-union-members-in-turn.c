// Borrows of two members of a union, one after the other's last use.
// Rust: let pi = &mut u.i; *pi = 1; let pf = &u.f; use_float(*pf);   (in unsafe)
// NLL accepts.
// rustc: accepted, no E0499/E0502.
// expect-no-diagnostics
#include <ownck/ownership.h>

union word { int i; float f; };
void use_float(float f);

void pun(void) {
  union word u = {.i = 7};
  MUT_BORROW int *pi = &u.i;
  *pi = 1;
  BORROWED const float *pf = &u.f;
  use_float(*pf);
}
