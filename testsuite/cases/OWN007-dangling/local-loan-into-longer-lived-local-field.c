// 'h' is declared before the block and read after it; the loan of 'x' stored in
// 'h.p' inside the block is still held by a live place when 'x' dies at the '}'.
// (Staged as OWN008 at the store; rustc's E0597 is OWN007, at the end of the scope, as
// for a borrow local: the store is fine while 'h' is not used after the block.)
// rustc: E0597 ('x' does not live long enough), because '*h.p' is used later.
// Rust: let mut h = Holder { p: &base }; { let x = 41; let r = &x; h.p = r; } *h.p
#include <ownck/ownership.h>

struct holder { const int *p; };

int read_later(void) {
  int base = 1;
  struct holder h = {&base};
  {
    int x = 41;
    BORROWED const int *r = &x;
    h.p = r;
  } // expect-error[OWN007]{{'x' does not live long enough}}
  return *h.p;
}
