// Re-pointing 'r' to 'y' opens a new loan of 'y': assigning 'y' while 'r' is used
// later conflicts.
// Rust: let mut r = &x; use_int(*r); r = &y; y = 5; use_int(*r);
// rustc: E0506 (cannot assign to `y` because it is borrowed).
#include <ownck/ownership.h>

void use_int(int v);

void repoint(void) {
  int x = 1, y = 2;
  BORROWED const int *r = &x;
  use_int(*r);
  r = &y;
  y = 5; // expect-error[OWN005]
  use_int(*r);
}
