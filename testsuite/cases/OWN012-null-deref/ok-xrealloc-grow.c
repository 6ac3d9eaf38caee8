// xrealloc() exits when realloc() fails: its result is never NULL, and it takes over
// its argument. The vector grows and is written at once. No finding.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

static void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n);
  if (!q) {
    fputs("out of memory\n", stderr);
    exit(1);
  }
  return q;
}

struct ivec { int *v; size_t len, cap; };

void ivec_push(struct ivec *a, int x) {
  if (a->len == a->cap) {
    a->cap = a->cap ? 2 * a->cap : 8;
    a->v = xrealloc(a->v, a->cap * sizeof *a->v);
  }
  a->v[a->len++] = x;
}
