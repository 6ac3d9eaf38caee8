// vec_clear() frees the vector's items array but not the vector: parameter 0 is only
// borrowed. The caller then frees the vector itself, once. No finding.
// expect-no-diagnostics
#include <stdlib.h>

struct vec { int *items; size_t len, cap; };

static void vec_clear(struct vec *v) {
  free(v->items);
  v->items = NULL;
  v->len = v->cap = 0;
}

struct vec *vec_new(size_t cap) {
  struct vec *v = calloc(1, sizeof *v);
  if (!v)
    return NULL;
  v->items = calloc(cap, sizeof *v->items);
  v->cap = v->items ? cap : 0;
  return v;
}

size_t vec_demo(size_t cap) {
  struct vec *v = vec_new(cap);
  if (!v)
    return 0;
  size_t had = v->cap;
  vec_clear(v);
  free(v);
  return had;
}
