// Copying a BORROWED parameter into a plain local copies its (shared) loan:
// writing through the copy is writing through the shared borrow.
// rustc: E0594 (cannot assign to `alias.hits`, which is behind a `&` reference).
// Rust: fn clear(c: &Counter) { let alias = c; alias.hits = 0; }
#include <ownck/ownership.h>

struct counter { int hits; };

void clear(BORROWED struct counter *c) {
  struct counter *alias = c;
  alias->hits = 0; // expect-error[OWN011]
}
