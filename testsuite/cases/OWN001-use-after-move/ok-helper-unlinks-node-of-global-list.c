// Trimming a global list from its tail: each node is unlinked and freed by a helper
// that also updates the list's 'tail' (redis's listDelNode on ACLLog). The helper's
// summary says it changes the list's fields, so 'log_list->tail' read on the next
// iteration is a new node, not the freed one. No finding.
// expect-no-diagnostics
#include <stdlib.h>

struct node { struct node *prev, *next; void *value; };
struct list { struct node *head, *tail; unsigned long len; };

static struct list *log_list;

static void list_del_node(struct list *l, struct node *n) {
  if (n->prev)
    n->prev->next = n->next;
  else
    l->head = n->next;
  if (n->next)
    n->next->prev = n->prev;
  else
    l->tail = n->prev;
  free(n->value);
  free(n);
  l->len--;
}

void log_trim(unsigned long max) {
  while (log_list->len > max) {
    struct node *ln = log_list->tail;
    list_del_node(log_list, ln);
  }
}
