// list_free() is recursive and frees every node, the head included (its summary,
// computed by iterating over the recursion, releases parameter 0). The caller frees
// the head once more.
#include <stdlib.h>

struct node { char *word; struct node *next; };

static void list_free(struct node *n) {
  if (!n)
    return;
  list_free(n->next);
  free(n->word);
  free(n);
}

void index_destroy(struct node *head) {
  list_free(head);
  free(head); // expect-error[OWN002]{{double release of 'head'}}
}
