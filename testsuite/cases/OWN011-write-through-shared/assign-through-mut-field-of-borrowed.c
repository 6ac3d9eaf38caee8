// The 'cfg' field is a MUT_BORROW, but it is reached through the BORROWED 'ctx':
// a '&mut' behind a '&' only allows reading.
// rustc: E0594 (cannot assign to `ctx.cfg.level`, which is behind a `&` reference).
// Rust: fn quiet(ctx: &Ctx<'_>) { ctx.cfg.level = 2; }  // struct Ctx<'a> { cfg: &'a mut Cfg }
#include <ownck/ownership.h>

struct cfg { int level; };
struct ctx { MUT_BORROW struct cfg *cfg; int id; };

void quiet(BORROWED struct ctx *ctx) {
  ctx->cfg->level = 2; // expect-error[OWN011]
}
