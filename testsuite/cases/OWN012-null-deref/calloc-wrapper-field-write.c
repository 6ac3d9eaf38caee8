// node_new() wraps calloc(); the caller initialises the node without a check.
#include <stdlib.h>

struct node { int value; struct node *next; };

static struct node *node_new(void) {
  return calloc(1, sizeof(struct node));
}

struct node *push_front(struct node *head, int value) {
  struct node *n = node_new();
  n->value = value; // expect-warning[OWN012]{{'n' may be NULL here}}
  n->next = head;
  return n;
}
