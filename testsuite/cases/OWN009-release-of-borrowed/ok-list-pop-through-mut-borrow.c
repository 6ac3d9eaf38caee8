// Pop from a singly linked list: the head is taken (NULL put back at once), its
// successor becomes the head, and the detached node is returned as an owner.
// rustc accepts.
// Rust: fn pop(l: &mut List) -> Option<Box<Node>> { let mut n = l.head.take()?; l.head = n.next.take(); Some(n) }
// rustc: accepted, no E0507.
// expect-no-diagnostics
#include <stddef.h>
#include <ownck/ownership.h>

struct node { int key; OWNED NULLABLE struct node *next; };
struct list { OWNED NULLABLE struct node *head; int len; };

OWNED NULLABLE struct node *list_pop(MUT_BORROW struct list *l) {
  OWNED NULLABLE struct node *n = l->head;
  l->head = NULL;
  if (n) {
    l->head = n->next;
    n->next = NULL;
    l->len--;
  }
  return n;
}
