// Writing 's->count' through the parameter while 'w', a MUT_BORROW reborrow of '*s',
// is still used: 's->count' lies inside the reborrowed place.
// Rust: let w: &mut Stats = &mut *s; s.count = 5; w.total += 1;
// rustc: E0506 (cannot assign to `s.count` because it is borrowed); ownck: a write to
// an overlapping place under a live MUT_BORROW.
#include <ownck/ownership.h>

struct stats { int count; int total; };

void demo(MUT_BORROW struct stats *s) {
  MUT_BORROW struct stats *w = s;
  s->count = 5; // expect-error[OWN006]
  w->total += 1;
}
