// Copying '*s' while 's->count' is mutably borrowed: the copy reads the borrowed field.
// Rust: let c = &mut s.count; let copy = *s; *c = 0; copy.total   (s: &mut Stats, Copy)
// rustc: E0503 (cannot use `*s` because it was mutably borrowed).
#include <ownck/ownership.h>

struct stats { int count; int total; };

int snapshot(MUT_BORROW struct stats *s) {
  MUT_BORROW int *c = &s->count;
  struct stats copy = *s; // expect-error[OWN006]
  *c = 0;
  return copy.total;
}
