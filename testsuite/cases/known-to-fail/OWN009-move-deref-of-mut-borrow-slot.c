// KNOWN TO FAIL: moving out of a place below a MUT_BORROW is E0507 unless the place is
// stored again before any other use on every path (the 'free(m->buf); m->buf = fresh;'
// idiom, Rust's mem::replace). ownck does not yet check that the place is re-stored,
// so it reports no move out of a MUT_BORROW at all (a BORROWED one is OWN009). When it
// learns to, this file moves back to ../OWN009-release-of-borrowed/.
//
// 'slot' lends the caller's owner variable; passing '*slot' to an OWNED parameter
// and leaving the slot as it was leaves the caller holding a moved pointer.
// rustc: E0507 (cannot move out of `*slot`, which is behind a mutable reference).
// Rust: fn flush(slot: &mut Box<Buf>) { consume(*slot); }
#include <ownck/ownership.h>

void consume(OWNED char *p);

void flush(MUT_BORROW char **slot) {
  consume(*slot); // expect-error[OWN009]
}
