// '&s->stats' is a place below the BORROWED root 's'; lending it as MUT_BORROW
// would let the callee write the caller's shared object.
// rustc: E0596 (cannot borrow `s.stats` as mutable, as it is behind a `&` reference).
// Rust: fn refresh(s: &Server) { reset(&mut s.stats); }
#include <ownck/ownership.h>

struct stats { long hits; long misses; };
struct server { struct stats stats; int port; };

void reset(MUT_BORROW struct stats *st);

void refresh(BORROWED struct server *s) {
  reset(&s->stats); // expect-error[OWN011]
}
