// The same owner as a BORROWED and then an OWNED argument of one call: it is moved
// into the callee while the first argument still borrows it for the call.
// Rust: add(&a, a);   (a: Box<Num>)
// rustc: E0505 (cannot move out of `a` because it is borrowed).
#include <ownck/ownership.h>

struct num { int v; };
OWNED struct num *num_new(int v);
int add(BORROWED const struct num *x, OWNED struct num *y);

int twice(void) {
  OWNED struct num *a = num_new(2);
  return add(a, a); // expect-error[OWN005]
}
