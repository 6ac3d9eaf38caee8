// A local struct built from two BORROWED parameters and lent to a BORROWED
// parameter: the struct dies before either borrow.
// rustc accepts.
// Rust: fn show(a: &str, b: &str) { let p = Pair { a, b }; print_pair(&p); }
// rustc: accepted, no E0521.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct pair { const char *a; const char *b; };

void print_pair(BORROWED const struct pair *p);

void show(BORROWED const char *a, BORROWED const char *b) {
  struct pair p = {a, b};
  print_pair(&p);
}
