// A wrapper that checks malloc() but only logs the failure and returns NULL: the
// result may still be NULL, so the caller's unchecked write is reported.
#include <stdio.h>
#include <stdlib.h>

static void *alloc_or_log(size_t n, const char *what) {
  void *p = malloc(n);
  if (!p) {
    fprintf(stderr, "cannot allocate %zu bytes for %s\n", n, what);
    return NULL;
  }
  return p;
}

int *counters_new(size_t n) {
  int *c = alloc_or_log(n * sizeof *c, "counters");
  c[0] = (int)n; // expect-warning[OWN012]{{'c' may be NULL here}}
  return c;
}
