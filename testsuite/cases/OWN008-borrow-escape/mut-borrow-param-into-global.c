// A MUT_BORROW parameter is lent for the call only: keeping it in a global as the
// "active" object outlives the loan (and keeps an exclusive borrow forever).
// rustc: E0521 (borrowed data escapes outside of function).
// Rust: fn activate(c: &mut Counter) { c.hits = 0; unsafe { ACTIVE = Some(c); } }
#include <ownck/ownership.h>

struct counter { int hits; };

static struct counter *g_active;

void activate(MUT_BORROW struct counter *c) {
  c->hits = 0;
  g_active = c; // expect-error[OWN008]
}

int active_hits(void) { return g_active ? g_active->hits : -1; }
