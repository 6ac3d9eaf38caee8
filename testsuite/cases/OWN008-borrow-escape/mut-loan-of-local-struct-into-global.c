// A MUT_BORROW local borrowing a local struct carries a loan of 'b'; storing it in
// a global outlives 'b', which dies when stage() returns.
// rustc: E0597 ('b' does not live long enough).
// Rust: fn stage() { let mut b = Buf::default(); let w = &mut b; w.len = 1; unsafe { STAGED = Some(w); } }
#include <ownck/ownership.h>

struct buf { char data[32]; int len; };

static struct buf *g_staged;

void stage(void) {
  struct buf b = {{0}, 0};
  MUT_BORROW struct buf *w = &b;
  w->len = 1;
  g_staged = w; // expect-error[OWN008]
}
