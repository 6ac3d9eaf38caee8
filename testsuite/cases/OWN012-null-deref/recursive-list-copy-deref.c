// list_copy() copies a list recursively and returns NULL for an empty list or when
// an allocation fails; its summary (fresh owner, may be NULL) comes from iterating
// over the recursion. The caller marks the copy's head without a check.
#include <stdlib.h>

struct node { int value; struct node *next; };

static struct node *list_copy(const struct node *n) {
  if (!n)
    return NULL;
  struct node *c = malloc(sizeof *c);
  if (!c)
    return NULL;
  c->value = n->value;
  c->next = list_copy(n->next);
  return c;
}

struct node *copy_marked(const struct node *src) {
  struct node *c = list_copy(src);
  c->value = -1; // expect-warning[OWN012]{{'c' may be NULL here}}
  return c;
}
