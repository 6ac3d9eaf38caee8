// Precision: the kernel style, 'if (!p) goto fail;' with a cleanup chain at the end:
// each pointer is dereferenced only on the edge where its check passed.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct pair {
  char *a, *b;
};

struct pair *pair_new(const char *x, const char *y) {
  struct pair *p = malloc(sizeof *p);
  if (!p)
    goto fail;
  p->a = strdup(x);
  if (!p->a)
    goto fail_p;
  p->b = strdup(y);
  if (!p->b)
    goto fail_a;
  return p;
fail_a:
  free(p->a);
fail_p:
  free(p);
fail:
  return NULL;
}
