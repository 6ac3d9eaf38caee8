// Returning a MUT_BORROW parameter as an OWNED result gives the caller a second
// owner of the object; the lender keeps the first one.
// rustc: E0507 (cannot move out of `*p`, which is behind a mutable reference).
// Rust: fn detach(p: &mut String) -> String { p.clear(); *p }
#include <ownck/ownership.h>

OWNED char *detach(MUT_BORROW char *p) {
  p[0] = '\0';
  return p; // expect-error[OWN009]
}
