// The textbook broken list destructor: the for-loop's increment 'n = n->next' reads
// the node that the body just freed.
#include <stdlib.h>

struct node { int value; struct node *next; };

void list_free(struct node *head) {
  struct node *n;
  for (n = head; n; n = n->next) // expect-error[OWN001]{{after it was released}}
    free(n);                     // expect-note{{released here by 'free'}}
}
