// 'free(p); p = NULL;' on one path only, then an unconditional free(p): on that path
// the second call frees NULL, on the other it is the first release. No double free
// and no leak. Precision test for the defensive idiom after a branch (the
// straight-line form is in free-null-free.c).
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct node { char *name; struct node *next; };

int node_check(const char *name, int reject) {
  char *s = strdup(name);
  if (reject) {
    free(s);
    s = NULL;
  }
  free(s);
  return reject ? -1 : 0;
}

int node_make(const char *name, int dup) {
  struct node *n = malloc(sizeof *n);
  if (!n)
    return -1;
  n->name = strdup(name);
  if (dup) {
    free(n->name);
    n->name = NULL;
  }
  free(n->name);
  free(n);
  return 0;
}
