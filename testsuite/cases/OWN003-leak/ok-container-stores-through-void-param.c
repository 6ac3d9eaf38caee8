// A container that keeps what it is given through a 'void *' parameter, storing the
// pointer with memcpy (redis's raxInsert -> raxSetData: 'memcpy(slot, &data, sizeof
// data)'): copying the value of '&data' out stores 'data' away, so the caller's
// object is the container's now, and going out of scope is not a leak. No finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct node { unsigned char slot[sizeof(void *)]; };
struct tree { struct node *root; };

static void node_set_data(struct node *n, void *data) {
  memcpy(n->slot, &data, sizeof data);
}

static int tree_insert(struct tree *t, void *data) {
  if (!t->root && !(t->root = calloc(1, sizeof *t->root)))
    return -1;
  node_set_data(t->root, data);
  return 0;
}

int add_group(struct tree *t, const char *name) {
  char *g = strdup(name);
  if (!g)
    return -1;
  return tree_insert(t, g);
}
