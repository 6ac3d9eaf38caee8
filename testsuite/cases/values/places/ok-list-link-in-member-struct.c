// Freeing a list whose link lives in a member struct ('it->entry.next', the
// shape of <sys/queue.h>'s TAILQ_ENTRY/LIST_ENTRY and of every TAILQ_FOREACH_SAFE
// loop in tmux): the next node is read before the node is freed, so nothing is
// used after release. The same loop with a direct 'it->next' field is accepted
// (OWN003-leak/ok-linked-list.c), and so is one more field level.
// expect-no-diagnostics
#include <stdlib.h>
#include <sys/queue.h>

struct item { char *text; TAILQ_ENTRY(item) entry; };
TAILQ_HEAD(items, item);

void drain_safe(struct items *head) {        /* TAILQ_FOREACH_SAFE, spelled out */
  struct item *it, *tmp;
  for (it = TAILQ_FIRST(head); it != NULL; it = tmp) {
    tmp = TAILQ_NEXT(it, entry);
    TAILQ_REMOVE(head, it, entry);
    free(it->text);
    free(it);
  }
}

struct node { int v; struct { struct node *next; } link; };
void free_nodes(struct node *n) {            /* the same without the macros */
  while (n != NULL) {
    struct node *next = n->link.next;
    free(n);
    n = next;
  }
}
