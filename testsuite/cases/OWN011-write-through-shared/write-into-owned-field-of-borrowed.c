// The name is OWNED by the struct, and the struct is only BORROWED: what a shared
// borrow reaches through an owner is shared too.
// rustc: E0594 (cannot assign to `s.name[_]`, which is behind a `&` reference).
// Rust: fn cap(s: &Rec) { s.name[0] = b'X'; }  // name: Box<[u8]>
#include <ownck/ownership.h>

struct rec { OWNED char *name; int id; };

void cap(BORROWED struct rec *s) {
  s->name[0] = 'X'; // expect-error[OWN011]
}
