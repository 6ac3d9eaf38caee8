// An array of MUT_BORROW pointers as a struct field, each element borrowing a
// different local: no two loans overlap.
// Rust: let s = Slots { items: [&mut a, &mut b] }; *s.items[0] = 1; *s.items[1] = 2;
// NLL accepts.
// rustc: accepted, no E0499/E0502.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct slots { MUT_BORROW int *items[2]; };

int demo(void) {
  int a = 0, b = 0;
  struct slots s = {{&a, &b}};
  *s.items[0] = 1;
  *s.items[1] = 2;
  return a + b;
}
