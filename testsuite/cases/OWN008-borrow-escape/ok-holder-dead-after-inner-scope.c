// Non-lexical lifetimes: 'h' outlives 'x' lexically, but is never read after the
// block, so no live place holds the loan of 'x' when 'x' dies.
// rustc accepts.
// Rust: let mut h = Holder { p: &base }; let mut seen = *h.p; { let x = 41; h.p = &x; seen += *h.p; } seen
// rustc: accepted, no E0521.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct holder { const int *p; };

int peek(void) {
  int base = 1;
  struct holder h = {&base};
  int seen = *h.p;
  {
    int x = 41;
    BORROWED const int *r = &x;
    h.p = r;
    seen += *h.p;
  }
  return seen;
}
