// An OWNED record may give its OWNED field away and then be freed itself: a
// partial move out of a Box, the rest is dropped.
// rustc accepts.
// Rust: fn into_store(r: Box<Rec>) { store(r.name); }
// rustc: accepted, no E0507.
// expect-no-diagnostics
#include <stdlib.h>
#include <ownck/ownership.h>

struct rec { OWNED char *name; int id; };

void store(OWNED char *name);

void into_store(OWNED struct rec *r) {
  store(r->name);
  free(r);
}
