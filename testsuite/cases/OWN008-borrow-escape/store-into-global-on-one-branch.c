// A store on one branch only is still a store: the path where 'keep' is set lets
// the MUT_BORROW parameter escape.
// rustc: E0521 (borrowed data escapes outside of function).
// Rust: fn maybe_pin(p: &mut Buf, keep: bool) { if keep { unsafe { PINNED = Some(p); } } }
#include <ownck/ownership.h>

struct buf { char data[32]; int len; };

static struct buf *g_pinned;

void maybe_pin(MUT_BORROW struct buf *p, int keep) {
  p->len = 0;
  if (keep)
    g_pinned = p; // expect-error[OWN008]
}
