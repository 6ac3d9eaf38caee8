// mem::replace spelled in C: the old owner moves into a local, the new one goes
// in at once, then the old one is released. The field is never left empty.
// rustc accepts.
// Rust: fn swap_in(m: &mut Buf, fresh: Box<[u8]>) { let old = std::mem::replace(&mut m.buf, fresh); drop(old); }
// rustc: accepted, no E0507.
// expect-no-diagnostics
#include <stdlib.h>
#include <ownck/ownership.h>

struct buf { OWNED char *buf; size_t len; };

void swap_in(MUT_BORROW struct buf *m, OWNED char *fresh) {
  OWNED char *old = m->buf;
  m->buf = fresh;
  free(old);
}
