// The correct realloc idiom: keep the old pointer until realloc succeeds, free it
// only when realloc failed, and free only the new pointer afterwards. No finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct vec { int *v; size_t n, cap; };

int vec_push(struct vec *a, int x) {
  if (a->n == a->cap) {
    size_t cap = a->cap ? 2 * a->cap : 8;
    int *nv = realloc(a->v, cap * sizeof *nv);
    if (!nv)
      return -1;
    a->v = nv;
    a->cap = cap;
  }
  a->v[a->n++] = x;
  return 0;
}

char *append(const char *s, char c) {
  size_t len = strlen(s);
  char *buf = malloc(len + 1);
  if (!buf)
    return NULL;
  memcpy(buf, s, len + 1);
  char *nb = realloc(buf, len + 2);
  if (!nb) {
    free(buf);
    return NULL;
  }
  nb[len] = c;
  nb[len + 1] = '\0';
  return nb;
}
