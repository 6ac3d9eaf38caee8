// The right way to clear a list through a node destructor: 'next' is read before
// node_free() releases the node, and the loop goes on with the saved pointer.
// No finding.
// expect-no-diagnostics
#include <stdlib.h>

struct node { char *name; struct node *next; };

static void node_free(struct node *n) {
  free(n->name);
  free(n);
}

void list_clear(struct node *head) {
  struct node *n = head;
  while (n) {
    struct node *next = n->next;
    node_free(n);
    n = next;
  }
}
