// A local struct that holds a MUT_BORROW parameter dies at the end of the call,
// before the borrow does: lending it on to a helper keeps the loan inside.
// rustc accepts.
// Rust: fn pad(buf: &mut [u8]) { let mut cur = Cursor { at: buf, left: 0 }; fill(&mut cur, b' '); }
// rustc: accepted, no E0521.
// expect-no-diagnostics
#include <stddef.h>
#include <ownck/ownership.h>

struct cursor { char *at; size_t left; };

void fill(MUT_BORROW struct cursor *c, char ch);

void pad(MUT_BORROW char *buf, size_t n) {
  struct cursor cur;
  cur.at = buf;
  cur.left = n;
  fill(&cur, ' ');
}
