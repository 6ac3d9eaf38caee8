// A place path with two field steps below the parameter ('c->meta.label') is still
// the caller's memory: the BORROWED label escapes into it.
// rustc: "lifetime may not live long enough".
// Rust: fn label(c: &mut Ctx<'_>, label: &str) { c.meta.label = label; }
// rustc: E0521 (borrowed data escapes; rustc says "lifetime may not live long enough").
#include <ownck/ownership.h>

struct meta { const char *label; int flags; };
struct ctx { struct meta meta; int depth; };

void label(MUT_BORROW struct ctx *c, BORROWED const char *label) {
  c->meta.flags = 1;
  c->meta.label = label; // expect-error[OWN008]
}
