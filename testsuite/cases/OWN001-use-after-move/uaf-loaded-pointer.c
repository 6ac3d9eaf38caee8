// A pointer loaded from memory ('*head', 'h->next') and freed is released like any
// other: reading through it afterwards is a use after free, even though ownck did
// not see the allocation. This is the 'pop' of every hand-written list.
#include <stdio.h>
#include <stdlib.h>

struct node { char *name; struct node *next; };

void list_pop(struct node **head) {
  struct node *n = *head;
  if (!n)
    return;
  *head = n->next;
  free(n);
  printf("popped %s\n", n->name); // expect-error[OWN001]{{use of 'n' after it was released}}
                                  // expect-note@-2{{released here by 'free'}}
}

void drop_second(struct node *h) {
  struct node *n = h->next;
  if (!n)
    return;
  h->next = n->next;
  free(n);
  n->next = NULL; // expect-error[OWN001]{{use of 'n' after it was released}}
                  // expect-note@-2{{released here by 'free'}}
}
