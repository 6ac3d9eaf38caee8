// A list node from calloc() initialised field by field without a check: n->next on a
// NULL node crashes exactly when memory is short. Only the first dereference is
// reported; after it the pointer is assumed non-NULL.
#include <stdlib.h>

struct node {
  int value;
  struct node *next;
};

struct node *push_front(struct node *head, int value) {
  struct node *n = calloc(1, sizeof *n);
  n->value = value; // expect-warning[OWN012]{{'n' may be NULL here}}
                    // expect-note@-2{{allocated here by 'calloc'}}
  n->next = head;
  return n;
}
