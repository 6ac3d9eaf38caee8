// Reborrowing a MUT_BORROW parameter into a MUT_BORROW local and writing through
// it: the local dies with the call, so the loan does not escape.
// rustc accepts.
// Rust: fn bump(c: &mut Counter) { let w = &mut *c; w.hits += 1; }
// rustc: accepted, no E0521.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct counter { int hits; };

void bump(MUT_BORROW struct counter *c) {
  MUT_BORROW struct counter *w = c;
  w->hits++;
}
