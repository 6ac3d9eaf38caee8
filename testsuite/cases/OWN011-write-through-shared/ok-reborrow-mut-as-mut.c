// A MUT_BORROW parameter, and a field address below it, lent on as MUT_BORROW:
// reborrowing an exclusive borrow exclusively.
// rustc accepts.
// Rust: fn refresh(s: &mut Server) { reset(&mut s.stats); reset(&mut s.stats); }
// rustc: accepted, no E0594/E0596.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct stats { long hits; long misses; };
struct server { struct stats stats; int port; };

void reset(MUT_BORROW struct stats *st);
void restart(MUT_BORROW struct server *s);

void refresh(MUT_BORROW struct server *s) {
  reset(&s->stats);
  restart(s);
}
