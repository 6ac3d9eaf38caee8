// An OWNED parameter may be stored anywhere, including a field of the caller's
// struct reached through a MUT_BORROW: ownership moves, nothing is borrowed.
// rustc accepts (assigning drops the old name in place, like the free() here).
// Rust: fn rename(c: &mut Ctx, name: String) { c.name = name; }
// rustc: accepted, no E0521.
// expect-no-diagnostics
#include <stdlib.h>
#include <ownck/ownership.h>

struct ctx { OWNED char *name; int depth; };

void rename_ctx(MUT_BORROW struct ctx *c, OWNED char *name) {
  free(c->name);
  c->name = name;
}
