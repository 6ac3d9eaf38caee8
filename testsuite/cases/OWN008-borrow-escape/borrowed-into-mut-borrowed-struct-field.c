// The caller's struct, reached through a MUT_BORROW parameter, outlives the call:
// storing a BORROWED parameter in one of its fields lets the borrow escape.
// rustc: "lifetime may not live long enough" (E0621 when Ctx<'a> is named).
// Rust: fn attach(c: &mut Ctx<'_>, name: &str) { c.depth += 1; c.name = name; }
#include <ownck/ownership.h>

struct ctx { const char *name; int depth; };

void attach(MUT_BORROW struct ctx *c, BORROWED const char *name) {
  c->depth++;
  c->name = name; // expect-error[OWN008]
}
