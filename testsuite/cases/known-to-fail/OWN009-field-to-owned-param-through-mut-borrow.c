// KNOWN TO FAIL: moving out of a place below a MUT_BORROW is E0507 unless the place is
// stored again before any other use on every path (the 'free(m->buf); m->buf = fresh;'
// idiom, Rust's mem::replace). ownck does not yet check that the place is re-stored,
// so it reports no move out of a MUT_BORROW at all (a BORROWED one is OWN009). When it
// learns to, this file moves back to ../OWN009-release-of-borrowed/.
//
// The same move through a MUT_BORROW: exclusive access still does not include
// taking the value away without putting another one back.
// rustc: E0507 (cannot move out of `s.name`, which is behind a mutable reference).
// Rust: fn archive(s: &mut Rec) { store(s.name); s.id = 0; }
#include <ownck/ownership.h>

struct rec { OWNED char *name; int id; };

void store(OWNED char *name);

void archive(MUT_BORROW struct rec *s) {
  store(s->name); // expect-error[OWN009]
  s->id = 0;
}
