// A field that is an array of MUT_BORROW pointers ('[&mut i32; 8]') is a valid
// annotation; writing through an element, below a MUT_BORROW root, is allowed.
// rustc accepts.
// Rust: fn zero(s: &mut Slots<'_>, i: usize) { *s.slot[i] = 0; }
// rustc: accepted, no E0594/E0596.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct slots { MUT_BORROW int *slot[8]; int n; };

void zero(MUT_BORROW struct slots *s, int i) {
  if (i >= 0 && i < s->n)
    *s->slot[i] = 0;
}
