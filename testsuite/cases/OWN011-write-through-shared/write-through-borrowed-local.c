// A BORROWED local is a shared borrow of 'x' ('&x'), not a mutable one: writing
// through it is E0594 even though 'x' itself is mutable.
// rustc: E0594 (cannot assign to `*r`, which is behind a `&` reference).
// Rust: let mut x = 1; let r = &x; *r = 5;
#include <ownck/ownership.h>

int overwrite(void) {
  int x = 1;
  BORROWED int *r = &x;
  *r = 5; // expect-error[OWN011]
  return x;
}
