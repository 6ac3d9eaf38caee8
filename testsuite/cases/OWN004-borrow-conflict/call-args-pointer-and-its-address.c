// add(a, rewrite(&a)): the first argument lends what 'a' points to for the whole
// call, while the nested call borrows the owner 'a' itself mutably (it may replace
// or release the object): the loan of '*a' conflicts with the MUT_BORROW of 'a'.
// Rust: let n = add(&*a, rewrite(&mut a));   (a: Box<Num>)
// rustc: E0502 (cannot borrow `a` as mutable because it is also borrowed as immutable).
#include <ownck/ownership.h>

struct num { int v; };
OWNED struct num *num_new(int v);
void num_free(OWNED struct num *n);
int add(BORROWED const struct num *x, int y);
int rewrite(MUT_BORROW struct num **pa);

int demo(void) {
  OWNED struct num *a = num_new(1);
  int n = add(a, rewrite(&a)); // expect-error[OWN004]
  num_free(a);
  return n;
}
