// Reading 'u.f' once the MUT_BORROW of 'u.i' is dead.
// Rust: let pi = &mut u.i; *pi = 1; let f = u.f;   (in unsafe)
// NLL accepts.
// rustc: accepted, no E0503.
// expect-no-diagnostics
#include <ownck/ownership.h>

union word { int i; float f; };

float demo(void) {
  union word u = {.i = 7};
  MUT_BORROW int *pi = &u.i;
  *pi = 1;
  float f = u.f;
  return f;
}
