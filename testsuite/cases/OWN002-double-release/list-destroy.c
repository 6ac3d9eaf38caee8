// A list destructor that saves 'next' before freeing each node, and frees each node's
// payload first: every block is released once. No finding.
// expect-no-diagnostics
#include <stdlib.h>

struct node { char *name; struct node *next; };

void list_destroy(struct node *head) {
  struct node *n = head;
  while (n) {
    struct node *next = n->next;
    free(n->name);
    free(n);
    n = next;
  }
}
