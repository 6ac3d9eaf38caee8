// KNOWN TO FAIL: moving out of a place below a MUT_BORROW is E0507 unless the place is
// stored again before any other use on every path (the 'free(m->buf); m->buf = fresh;'
// idiom, Rust's mem::replace). ownck does not yet check that the place is re-stored,
// so it reports no move out of a MUT_BORROW at all (a BORROWED one is OWN009). When it
// learns to, this file moves back to ../OWN009-release-of-borrowed/.
//
// A MUT_BORROW allows writes, not moves: freeing the OWNED field and leaving it
// dangling hands the caller a struct whose owner points at freed memory. Only an
// immediate replacement is fine (see ok-replace-field-through-mut-borrow.c).
// rustc: E0507 (cannot move out of `m.buf`, which is behind a mutable reference).
// Rust: fn shrink(m: &mut Buf) { drop(m.buf); m.len = 0; }
#include <stdlib.h>
#include <ownck/ownership.h>

struct buf { OWNED char *buf; size_t len; };

void shrink(MUT_BORROW struct buf *m) {
  free(m->buf); // expect-error[OWN009]
  m->len = 0;
}
