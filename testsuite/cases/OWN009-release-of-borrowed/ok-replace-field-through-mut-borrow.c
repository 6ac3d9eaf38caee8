// free() of the OWNED field through a MUT_BORROW, then a new buffer stored at once
// with no use in between: Rust's assignment through &mut, which drops the old value
// in place. Without the store it is E0507 (free-owned-field-through-mut-borrow.c).
// rustc accepts.
// Rust: fn reset(m: &mut Buf, n: usize) { m.buf = vec![0; n]; m.len = n; }
// expect-no-diagnostics
#include <stdlib.h>
#include <ownck/ownership.h>

struct buf { OWNED NULLABLE char *buf; size_t len; };

void reset(MUT_BORROW struct buf *m, size_t n) {
  free(m->buf);
  m->buf = malloc(n);
  m->len = m->buf ? n : 0;
}
