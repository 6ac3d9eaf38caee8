// An OWNED result hands the caller something to release; the OWNED field of a
// BORROWED struct is not this function's to give.
// rustc: E0507 (cannot move out of `r.name`, which is behind a shared reference).
// Rust: fn take_name(r: &Rec) -> String { r.name }
#include <ownck/ownership.h>

struct rec { OWNED char *name; int id; };

OWNED char *take_name(BORROWED const struct rec *r) {
  return r->name; // expect-error[OWN009]
}
