// The helper frees the node it unlinks (its summary: the second parameter is
// released): reading the node afterwards is a use after free, whatever list in an
// array it came from.
#include <stdlib.h>

typedef struct node { struct node *prev, *next; void *value; } node;
typedef struct list { node *head, *tail; unsigned long len; } list;

static void list_del(list *l, node *n) {
  if (n->prev)
    n->prev->next = n->next;
  else
    l->head = n->next;
  if (n->next)
    n->next->prev = n->prev;
  else
    l->tail = n->prev;
  free(n);
  l->len--;
}

static list *jobs[4];

void *pop(int type) {
  node *ln = jobs[type]->head;
  list_del(jobs[type], ln);
  return ln->value;  // expect-error[OWN001]
}
