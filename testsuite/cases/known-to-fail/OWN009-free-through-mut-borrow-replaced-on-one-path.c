// KNOWN TO FAIL: moving out of a place below a MUT_BORROW is E0507 unless the place is
// stored again before any other use on every path (the 'free(m->buf); m->buf = fresh;'
// idiom, Rust's mem::replace). ownck does not yet check that the place is re-stored,
// so it reports no move out of a MUT_BORROW at all (a BORROWED one is OWN009). When it
// learns to, this file moves back to ../OWN009-release-of-borrowed/.
//
// The field is replaced on one path only: when n is 0 the caller gets back a
// struct whose OWNED field points at freed memory. A move out of a MUT_BORROW is
// only fine when every path puts a value back before any other use.
// rustc: E0507 (cannot move out of `m.buf`, which is behind a mutable reference).
// Rust: fn resize(m: &mut Buf, n: usize) { drop(m.buf); if n == 0 { return; } m.buf = vec![0; n]; }
#include <stdlib.h>
#include <ownck/ownership.h>

struct buf { OWNED NULLABLE char *buf; size_t len; };

void resize(MUT_BORROW struct buf *m, size_t n) {
  free(m->buf); // expect-error[OWN009]
  if (n == 0)
    return;
  m->buf = malloc(n);
  m->len = m->buf ? n : 0;
}
