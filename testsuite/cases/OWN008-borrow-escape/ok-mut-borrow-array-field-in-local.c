// A struct field that is an array of MUT_BORROW pointers ('[&mut i32; 8]') is a
// valid annotation; a local struct holding loans of longer-lived locals is fine.
// rustc accepts.
// Rust: let (mut a, mut b) = (0, 0); let s = Slots { slot: [&mut a, &mut b] }; *s.slot[0] = 1;
// rustc: accepted, no E0521.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct slots { MUT_BORROW int *slot[8]; int n; };

int fill_two(void) {
  int a = 0, b = 0;
  struct slots s;
  s.slot[0] = &a;
  s.slot[1] = &b;
  s.n = 2;
  *s.slot[0] = 1;
  *s.slot[1] = 2;
  return s.n;
}
