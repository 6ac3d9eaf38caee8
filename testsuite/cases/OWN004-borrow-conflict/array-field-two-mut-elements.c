// An array of MUT_BORROW pointers as a struct field (element-insensitive): both
// elements are initialized with a mutable borrow of the same 'x'.
// Rust: let s = Slots { items: [&mut x, &mut x] };
// rustc: E0499 (cannot borrow `x` as mutable more than once at a time).
#include <ownck/ownership.h>

struct slots { MUT_BORROW int *items[2]; };

int demo(void) {
  int x = 0;
  struct slots s = {{&x, &x}}; // expect-error[OWN004]
  *s.items[0] = 1;
  *s.items[1] = 2;
  return x;
}
