// The other order: the caller frees the node itself, then the cleanup helper frees
// it again. The call is reported once, as the second release (OWN002), like
// 'free(n); free(n);', and not also as a use of a released value (OWN001), which is
// what passing a freed pointer to a black-box function gives without summaries.
#include <stdlib.h>

struct node { int key; struct node *next; };

static void node_destroy(struct node *n) {
  free(n);
}

int pop_key(struct node **head) {
  struct node *n = *head;
  if (!n)
    return -1;
  int key = n->key;
  *head = n->next;
  free(n);
  node_destroy(n); // expect-error[OWN002]{{double release of 'n'}}
  return key;
}
