// xmalloc() checks malloc() and calls abort() on NULL: its summary says the result
// is a fresh owner that is never NULL. Dereferencing it at once is fine. No finding.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

static void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p) {
    fprintf(stderr, "xmalloc: out of memory (%zu bytes)\n", n);
    abort();
  }
  return p;
}

struct vec { size_t len, cap; int *items; };

struct vec *vec_new(size_t cap) {
  struct vec *v = xmalloc(sizeof *v);
  v->len = 0;
  v->cap = cap;
  v->items = xmalloc(cap * sizeof *v->items);
  v->items[0] = 0;
  return v;
}
