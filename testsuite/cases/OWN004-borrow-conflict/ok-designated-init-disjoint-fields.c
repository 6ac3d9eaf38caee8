// A designated initializer holding MUT_BORROWs of two different fields of 'p'.
// Rust: let pr = Pair { a: &mut p.x, b: &mut p.y }; *pr.a = 1; *pr.b = 2;
// NLL accepts (disjoint fields).
// rustc: accepted, no E0499/E0502.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct point { int x, y; };
struct pair { MUT_BORROW int *a; MUT_BORROW int *b; };

int set_both(void) {
  struct point p = {0, 0};
  struct pair pr = {.a = &p.x, .b = &p.y};
  *pr.a = 1;
  *pr.b = 2;
  return p.x + p.y;
}
