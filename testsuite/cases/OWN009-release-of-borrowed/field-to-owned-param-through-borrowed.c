// Passing an OWNED field of a BORROWED struct to an OWNED parameter moves it out
// of the caller's struct, which still owns it.
// rustc: E0507 (cannot move out of `s.name`, which is behind a shared reference).
// Rust: fn archive(s: &Rec) { store(s.name); }
#include <ownck/ownership.h>

struct rec { OWNED char *name; int id; };

void store(OWNED char *name);

void archive(BORROWED const struct rec *s) {
  store(s->name); // expect-error[OWN009]
}
