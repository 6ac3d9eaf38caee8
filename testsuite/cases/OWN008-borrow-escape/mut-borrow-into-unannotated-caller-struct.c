// The container comes from the caller through a plain pointer, the node only as a
// MUT_BORROW: linking the node into the caller's list keeps the loan past the call.
// rustc: "lifetime may not live long enough".
// Rust: fn link(head: &mut Node<'_>, n: &mut Node<'_>) { head.next = Some(n); }
// rustc: E0521 (borrowed data escapes; rustc says "lifetime may not live long enough").
#include <stddef.h>
#include <ownck/ownership.h>

struct node { int key; struct node *next; };

void link(struct node *head, MUT_BORROW struct node *n) {
  n->next = NULL;
  head->next = n; // expect-error[OWN008]
}
