// The arguments of one call are borrowed together: '&a' is lent to add()'s BORROWED
// parameter while rewrite(&a), evaluated for the second argument, borrows it mutably.
// Rust: add(&a, rewrite(&mut a));
// rustc: E0502 (cannot borrow `a` as mutable because it is also borrowed as immutable).
#include <ownck/ownership.h>

struct num { int v; };
int add(BORROWED const struct num *x, int y);
int rewrite(MUT_BORROW struct num *n);

int demo(void) {
  struct num a = {1};
  return add(&a, rewrite(&a)); // expect-error[OWN004]
}
