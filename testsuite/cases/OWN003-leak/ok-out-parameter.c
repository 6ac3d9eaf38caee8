// Ownership handed out through an out-parameter: '*out = p;' moves the block into
// the caller's variable, the usual shape of 'int make_x(T **out)' constructors.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct node { int key; struct node *next; };

int node_new(int key, struct node **out) {
  struct node *n = malloc(sizeof *n);
  if (!n)
    return -1;
  n->key = key;
  n->next = NULL;
  *out = n;
  return 0;
}

int read_name(const char *src, char **name, size_t *len) {
  char *p = strdup(src);
  if (!p)
    return -1;
  *len = strlen(p);
  *name = p;
  return 0;
}
