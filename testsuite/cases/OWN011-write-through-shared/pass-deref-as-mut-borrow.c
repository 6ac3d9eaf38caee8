// '*pp' through a BORROWED pointer-to-pointer is shared, whatever the inner
// pointer is: passing it where a MUT_BORROW is needed is E0596.
// rustc: E0596 (cannot borrow `**pp` as mutable, as it is behind a `&` reference).
// Rust: fn tick(pp: &&mut Counter) { bump(&mut **pp); }
#include <ownck/ownership.h>

struct counter { int hits; };

void bump(MUT_BORROW struct counter *c);

void tick(BORROWED struct counter *const *pp) {
  bump(*pp); // expect-error[OWN011]
}
