// free() then NULL on a NULLABLE OWNED field through a MUT_BORROW: the field is
// put back (empty) at once, as Rust's 'm.buf = None' drops the old box in place.
// rustc accepts.
// Rust: fn clear(m: &mut Buf) { m.buf = None; m.len = 0; }
// rustc: accepted, no E0507.
// expect-no-diagnostics
#include <stddef.h>
#include <stdlib.h>
#include <ownck/ownership.h>

struct buf { OWNED NULLABLE char *buf; size_t len; };

void clear(MUT_BORROW struct buf *m) {
  free(m->buf);
  m->buf = NULL;
  m->len = 0;
}
