// Push on a singly linked list: the old head moves into the new node and the new
// node becomes the head at once, so the list field is never left dangling.
// rustc accepts.
// Rust: fn push(l: &mut List, mut n: Box<Node>) { n.next = l.head.take(); l.head = Some(n); }
// rustc: accepted, no E0507.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct node { int key; OWNED NULLABLE struct node *next; };
struct list { OWNED NULLABLE struct node *head; int len; };

void list_push(MUT_BORROW struct list *l, OWNED struct node *n) {
  n->next = l->head;
  l->head = n;
  l->len++;
}
