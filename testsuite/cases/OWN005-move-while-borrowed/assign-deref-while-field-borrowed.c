// Overwriting '*s' as a whole while a borrow of its field 's->count' is still used:
// '*s' is a prefix of the borrowed place 's->count'.
// Rust: let c = &s.count; *s = Stats { count: 0, total: 0 }; use_int(*c);   (s: &mut Stats)
// rustc: E0506 (cannot assign to `*s` because it is borrowed).
#include <ownck/ownership.h>

struct stats { int count; int total; };
void use_int(int v);

void clear(MUT_BORROW struct stats *s) {
  BORROWED const int *c = &s->count;
  *s = (struct stats){0, 0}; // expect-error[OWN005]
  use_int(*c);
}
