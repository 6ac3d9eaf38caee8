// '(*p)->num': the inner pointer may be the caller's exclusive one, but it is
// reached through the BORROWED 'p', so the whole path is shared.
// rustc: E0594 (cannot assign to `p.num`, which is behind a `&` reference).
// Rust: fn set(p: &&mut Node) { p.num = 6; }
#include <ownck/ownership.h>

struct node { int num; struct node *next; };

void set(BORROWED struct node *const *p) {
  (*p)->num = 6; // expect-error[OWN011]
}
