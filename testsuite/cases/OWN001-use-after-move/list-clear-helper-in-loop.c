// The textbook broken list destructor, with the free moved into a helper:
// node_free() releases its parameter, so the loop's increment 'n = n->next' reads
// the node released in the body.
#include <stdlib.h>

struct node { char *name; struct node *next; };

static void node_free(struct node *n) {
  free(n->name);
  free(n);
}

void list_clear(struct node *head) {
  for (struct node *n = head; n; n = n->next) // expect-error[OWN001]{{after it was released}}
    node_free(n);
}
