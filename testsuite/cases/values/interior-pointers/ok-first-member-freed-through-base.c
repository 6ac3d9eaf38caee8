// The caller side of the embedded-base idiom: '&o->base' is taken inside the
// function and freed, which frees o (base is its first member), so o does not leak.
// expect-no-diagnostics
#include <stdlib.h>

struct list_head { struct list_head *next, *prev; };
struct item { struct list_head link; int key; };

int make_and_drop(int key) {
  struct item *o = malloc(sizeof *o);
  if (!o)
    return -1;
  o->key = key;
  struct list_head *h = &o->link;
  h->next = h->prev = h;
  free(h);
  return 0;
}
