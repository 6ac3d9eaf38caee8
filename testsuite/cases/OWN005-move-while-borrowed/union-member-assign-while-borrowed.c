// Union members overlap: assigning 'u.f' while 'u.i' is borrowed and used later
// replaces the borrowed storage.
// Rust: let pi = &u.i; u.f = 1.0; use_int(*pi);   (in unsafe)
// rustc: E0506 (cannot assign to `u.f` because it is borrowed).
#include <ownck/ownership.h>

union word { int i; float f; };
void use_int(int v);

void demo(void) {
  union word u = {.i = 7};
  BORROWED const int *pi = &u.i;
  u.f = 1.0f; // expect-error[OWN005]
  use_int(*pi);
}
