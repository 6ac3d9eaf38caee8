// Initialising an OWNED local from an OWNED field of a BORROWED struct is a move
// out of the borrow: two owners of one name, both will free it.
// rustc: E0507 (cannot move out of `s.name`, which is behind a shared reference).
// Rust: fn take(s: &Rec) { let mine = s.name; drop(mine); }
#include <stdlib.h>
#include <ownck/ownership.h>

struct rec { OWNED char *name; int id; };

void take(BORROWED const struct rec *s) {
  OWNED char *mine = s->name; // expect-error[OWN009]
  free(mine);
}
