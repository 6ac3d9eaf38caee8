// A recursive list destructor: list_free(n) frees the rest of the list, then n. Its
// summary is computed by iterating over the recursion: parameter 0 is released on
// every path where it is not NULL (the 'if (!n) return' path has nothing to
// release). Reading the head's value after list_free(head) is a use after free.
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
  if (head->value < 0) // expect-error[OWN001]{{use of 'head' after it was released}}
    return -sum;
  return sum;
}
