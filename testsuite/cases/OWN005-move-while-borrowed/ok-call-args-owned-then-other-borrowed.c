// One call moves 'a' and borrows a different object 'b': no overlap. The borrow
// of 'a' taken before the call ends at its last use, before the move.
// Rust: let ra = &*a; use_int(ra.v); add(&*b, a); drop(b);
// NLL accepts.
// rustc: accepted, no E0505/E0506.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct num { int v; };
OWNED struct num *num_new(int v);
void num_free(OWNED struct num *n);
int add(BORROWED const struct num *x, OWNED struct num *y);
void use_int(int v);

int demo(void) {
  OWNED struct num *a = num_new(1);
  OWNED struct num *b = num_new(2);
  BORROWED const struct num *ra = a;
  use_int(ra->v);
  int n = add(b, a);
  num_free(b);
  return n;
}
