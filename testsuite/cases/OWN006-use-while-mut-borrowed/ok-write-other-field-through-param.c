// Writing 's->total' while 's->count' is mutably borrowed: disjoint fields behind
// the same MUT_BORROW parameter.
// Rust: let c = &mut s.count; s.total = 1; *c += 1;   (s: &mut Stats)
// NLL accepts.
// rustc: accepted, no E0503.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct stats { int count; int total; };

void demo(MUT_BORROW struct stats *s) {
  MUT_BORROW int *c = &s->count;
  s->total = 1;
  *c += 1;
}
