// A string literal lives for the whole program: storing it in the caller's struct
// through a MUT_BORROW is not an escape.
// rustc accepts ('static outlives every lifetime).
// Rust: fn reset(c: &mut Ctx<'_>) { c.name = "default"; c.depth = 0; }
// rustc: accepted, no E0521.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct ctx { const char *name; int depth; };

void reset_ctx(MUT_BORROW struct ctx *c) {
  c->name = "default";
  c->depth = 0;
}
