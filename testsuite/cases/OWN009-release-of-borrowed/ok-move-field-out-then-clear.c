// Moving a NULLABLE OWNED field into an OWNED parameter and clearing it right
// after is take(): the caller's struct no longer owns what was given away.
// rustc accepts.
// Rust: fn archive(s: &mut Rec) { if let Some(n) = s.name.take() { store(n); } }
// rustc: accepted, no E0507.
// expect-no-diagnostics
#include <stddef.h>
#include <ownck/ownership.h>

struct rec { OWNED NULLABLE char *name; int id; };

void store(OWNED char *name);

void archive(MUT_BORROW struct rec *s) {
  if (!s->name)
    return;
  store(s->name);
  s->name = NULL;
}
