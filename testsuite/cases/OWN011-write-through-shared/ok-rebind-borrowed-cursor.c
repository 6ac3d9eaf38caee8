// A BORROWED cursor rebound to the next node ('n = n->next') changes the local
// variable, not the list: reading every node is fine.
// rustc accepts.
// Rust: let mut n = head; let mut t = 0; while let Some(x) = n { t += x.val; n = x.next.as_deref(); }
// rustc: accepted, no E0594/E0596.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct node { int val; struct node *next; };

int total(BORROWED const struct node *head) {
  int t = 0;
  for (BORROWED const struct node *n = head; n; n = n->next)
    t += n->val;
  return t;
}
