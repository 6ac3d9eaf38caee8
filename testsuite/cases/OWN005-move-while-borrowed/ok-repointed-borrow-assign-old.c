// After 'r = &y' the old loan of 'x' is held by no live place, so 'x' may be
// assigned while 'r' is still used.
// Rust: let mut r = &x; use_int(*r); r = &y; x = 5; use_int(*r);
// NLL accepts.
// rustc: accepted, no E0505/E0506.
// expect-no-diagnostics
#include <ownck/ownership.h>

void use_int(int v);

int repoint(void) {
  int x = 1, y = 2;
  BORROWED const int *r = &x;
  use_int(*r);
  r = &y;
  x = 5;
  use_int(*r);
  return x;
}
