// list_push() allocates with an aborting xmalloc() and returns the new node, never
// NULL. The caller updates the head and writes through it at once. No finding.
// expect-no-diagnostics
#include <stdlib.h>

struct node { int value; struct node *next; };

static void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p)
    abort();
  return p;
}

static struct node *list_push(struct node *head, int value) {
  struct node *n = xmalloc(sizeof *n);
  n->value = value;
  n->next = head;
  return n;
}

struct node *push_twice(struct node *head, int a, int b) {
  head = list_push(head, a);
  head = list_push(head, b);
  head->value += head->next->value;
  return head;
}
