// Reading 'u.f' while 'u.i' is mutably borrowed: union members share storage.
// Rust: let pi = &mut u.i; let f = u.f; *pi = 1;   (in unsafe)
// rustc: E0503 (cannot use `u.f` because it was mutably borrowed).
#include <ownck/ownership.h>

union word { int i; float f; };

float demo(void) {
  union word u = {.i = 7};
  MUT_BORROW int *pi = &u.i;
  float f = u.f; // expect-error[OWN006]
  *pi = 1;
  return f;
}
