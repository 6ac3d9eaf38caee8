// 'm->cfg->level' where 'm' is MUT_BORROW and its 'cfg' field is MUT_BORROW: an
// exclusive borrow reached through an exclusive borrow may be written.
// rustc accepts.
// Rust: fn quiet(m: &mut Ctx<'_>) { m.cfg.level = 2; }  // struct Ctx<'a> { cfg: &'a mut Cfg }
// rustc: accepted, no E0594/E0596.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct cfg { int level; };
struct ctx { MUT_BORROW struct cfg *cfg; int id; };

void quiet(MUT_BORROW struct ctx *m) {
  m->cfg->level = 2;
}
