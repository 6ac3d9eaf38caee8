// An array field of a BORROWED struct decays to a pointer into the shared object:
// handing it to a MUT_BORROW parameter lets the callee write it.
// rustc: E0596 (cannot borrow `s.data` as mutable, as it is behind a `&` reference).
// Rust: fn blank(s: &Msg) { fill(&mut s.data, b' '); }
#include <ownck/ownership.h>

struct msg { char data[32]; int len; };

void fill(MUT_BORROW char *dst, int n, char ch);

void blank(BORROWED struct msg *s) {
  fill(s->data, 32, ' '); // expect-error[OWN011]
}
