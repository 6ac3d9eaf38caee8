// A BORROWED cursor walking a list may move ('n = n->next') but not write: marking
// each node visited is a write through a shared borrow.
// rustc: E0594 (cannot assign to `n.visited`, which is behind a `&` reference).
// Rust: let mut n = head; while let Some(x) = n { x.visited = true; n = x.next.as_deref(); }
#include <ownck/ownership.h>

struct node { int visited; struct node *next; };

void mark(BORROWED struct node *head) {
  for (BORROWED struct node *n = head; n; n = n->next)
    n->visited = 1; // expect-error[OWN011]
}
