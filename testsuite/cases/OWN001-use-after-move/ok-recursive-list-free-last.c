// The recursive list destructor called last: the sum is computed first, the head is
// not touched after list_free(head). No finding.
// expect-no-diagnostics
#include <stdlib.h>

struct node { int value; struct node *next; };

void list_free(struct node *n) {
  if (!n)
    return;
  list_free(n->next);
  free(n);
}

int sum_and_free(struct node *head) {
  int sum = 0;
  for (struct node *n = head; n; n = n->next)
    sum += n->value;
  list_free(head);
  head = NULL;
  return sum;
}
