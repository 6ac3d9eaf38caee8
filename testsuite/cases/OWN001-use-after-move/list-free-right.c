// The correct list destructor saves 'next' before freeing the node: no finding.
// Precision test for the list idiom (and its while-loop spelling).
// expect-no-diagnostics
#include <stdlib.h>

struct node { int value; struct node *next; };

void list_free(struct node *head) {
  struct node *n, *next;
  for (n = head; n; n = next) {
    next = n->next;
    free(n);
  }
}

void list_free_while(struct node *head) {
  while (head) {
    struct node *next = head->next;
    free(head);
    head = next;
  }
}
