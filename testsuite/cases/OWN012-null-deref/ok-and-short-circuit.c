// Precision: 'p && p->x' dereferences p only on the edge where p was non-NULL; the
// same for a loop condition 'while (n && n->v < key)'.
// expect-no-diagnostics
#include <stdlib.h>
#include <ownck/ownership.h>

struct node {
  int v;
  struct node *next;
};

int has_positive_head(NULLABLE const struct node *n) {
  return n && n->v > 0;
}

NULLABLE const struct node *find_ge(NULLABLE const struct node *n, int key) {
  while (n && n->v < key)
    n = n->next;
  return n;
}

int first_is_zero(size_t n) {
  int *p = calloc(n, sizeof *p);
  int r = p && p[0] == 0;
  free(p);
  return r;
}
