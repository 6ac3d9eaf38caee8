// 'r' is a shared borrow of the local 'c': lending it on as MUT_BORROW turns a
// '&' into a '&mut', which rustc refuses.
// rustc: E0596 (cannot borrow `*r` as mutable, as it is behind a `&` reference).
// Rust: let mut c = Counter { hits: 0 }; let r = &c; bump(r);  // bump(&mut Counter)
#include <ownck/ownership.h>

struct counter { int hits; };

void bump(MUT_BORROW struct counter *c);

int twice(void) {
  struct counter c = {0};
  BORROWED struct counter *r = &c;
  bump(r); // expect-error[OWN011]
  return c.hits;
}
