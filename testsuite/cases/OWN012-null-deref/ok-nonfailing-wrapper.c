// Precision: xmalloc() never returns NULL (it aborts), and its declaration says only
// OWNED, not NULLABLE: its result may be dereferenced at once. Warnings are for
// allocators that can fail, not for every owner.
// expect-no-diagnostics
#include <stdlib.h>
#include <ownck/ownership.h>

OWNED void *xmalloc(size_t n);

struct vec {
  size_t len;
  int items[];
};

struct vec *vec_new(size_t cap) {
  struct vec *v = xmalloc(sizeof *v + cap * sizeof v->items[0]);
  v->len = 0;
  return v;
}
