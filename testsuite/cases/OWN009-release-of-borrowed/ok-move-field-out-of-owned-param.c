// An OWNED record consumed by the function: its OWNED field moves into the
// result, then the record itself is freed.
// rustc accepts.
// Rust: fn into_name(r: Box<Rec>) -> String { r.name }
// rustc: accepted, no E0507.
// expect-no-diagnostics
#include <stdlib.h>
#include <ownck/ownership.h>

struct rec { OWNED char *name; int id; };

OWNED char *into_name(OWNED struct rec *r) {
  OWNED char *n = r->name;
  free(r);
  return n;
}
