// The recursive list destructor called once; the caller clears its pointer and
// never frees the head itself. No finding.
// expect-no-diagnostics
#include <stdlib.h>

struct node { char *word; struct node *next; };

static void list_free(struct node *n) {
  if (!n)
    return;
  list_free(n->next);
  free(n->word);
  free(n);
}

struct index { struct node *head; size_t count; };

void index_reset(struct index *ix) {
  list_free(ix->head);
  ix->head = NULL;
  ix->count = 0;
}
