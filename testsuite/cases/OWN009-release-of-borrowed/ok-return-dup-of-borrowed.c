// An OWNED result made by strdup() of a BORROWED field: the function owns what it
// returns, the source stays with the caller.
// rustc accepts.
// Rust: fn dup_name(r: &Rec) -> String { r.name.clone() }
// rustc: accepted, no E0507.
// expect-no-diagnostics
#include <string.h>
#include <ownck/ownership.h>

struct rec { OWNED char *name; int id; };

OWNED NULLABLE char *dup_name(BORROWED const struct rec *r) {
  return strdup(r->name);
}
