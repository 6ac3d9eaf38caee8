// A worker pops jobs from one of several queues ('jobs[type]', redis' bio.c): the
// helper unlinks the first node (it rewrites 'head' and frees the node), and the
// loop reads 'jobs[type]->head' afresh. The helper's summary says it changes the
// list's 'head'; the list is an element of an array, no place of its own, and its
// field is forgotten all the same. No finding.
// expect-no-diagnostics
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

void worker(int type) {
  while (jobs[type]->len != 0) {
    node *ln = jobs[type]->head;
    free(ln->value);
    list_del(jobs[type], ln);
  }
}
