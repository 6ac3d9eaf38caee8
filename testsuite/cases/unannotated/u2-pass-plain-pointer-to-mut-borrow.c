// A plain pointer passed to a MUT_BORROW parameter: the caller made no shared
// borrow, so nothing is OWN011, at the root or below it.
// rustc accepts (the caller holds a raw '*mut', the call takes '&mut *p').
// Rust: unsafe fn refresh(s: *mut Server) { reset(&mut (*s).stats); restart(&mut *s); }
// expect-no-diagnostics
#include <ownck/ownership.h>

struct stats { long hits; };
struct server { struct stats stats; int port; };

void reset(MUT_BORROW struct stats *st);
void restart(MUT_BORROW struct server *s);

void refresh(struct server *s) {
  reset(&s->stats);
  restart(s);
}
