// Writing into the data an OWNED field owns, through a MUT_BORROW of the struct:
// exclusive access reaches through owners.
// rustc accepts.
// Rust: fn cap(s: &mut Rec) { s.name[0] = b'X'; }  // name: Box<[u8]>
// rustc: accepted, no E0594/E0596.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct rec { OWNED char *name; int id; };

void cap(MUT_BORROW struct rec *s) {
  s->name[0] = 'X';
}
