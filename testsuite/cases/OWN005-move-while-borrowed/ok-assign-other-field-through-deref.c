// Writing 's->total' while 's->count' is borrowed: two fields behind the same
// MUT_BORROW are disjoint places.
// Rust: let c = &s.count; s.total = 0; use_int(*c);   (s: &mut Stats)
// NLL accepts.
// rustc: accepted, no E0505/E0506.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct stats { int count; int total; };
void use_int(int v);

void clear_total(MUT_BORROW struct stats *s) {
  BORROWED const int *c = &s->count;
  s->total = 0;
  use_int(*c);
}
