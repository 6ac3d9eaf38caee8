// list_range() builds a list recursively (its result is a fresh owner, possibly NULL)
// and list_free() frees it recursively. The caller frees what it built. No finding.
// expect-no-diagnostics
#include <stdlib.h>

struct node { int value; struct node *next; };

static struct node *list_range(int from, int to) {
  if (from >= to)
    return NULL;
  struct node *n = malloc(sizeof *n);
  if (!n)
    return NULL;
  n->value = from;
  n->next = list_range(from + 1, to);
  return n;
}

static void list_free(struct node *n) {
  if (!n)
    return;
  list_free(n->next);
  free(n);
}

long range_sum(int from, int to) {
  struct node *l = list_range(from, to);
  long sum = 0;
  for (struct node *n = l; n; n = n->next)
    sum += n->value;
  list_free(l);
  return sum;
}
