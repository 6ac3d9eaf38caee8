// Combined checks: 'if (!a || !b)' with a free of both (free(NULL) does nothing),
// and 'if (a && b)' guarding the only use. Every edge of && and || is refined.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

int compare(const char *a, const char *b);

int pair_cmp(const char *x, const char *y) {
  char *a = strdup(x);
  char *b = strdup(y);
  if (!a || !b) {
    free(a);
    free(b);
    return -2;
  }
  int rc = compare(a, b);
  free(a);
  free(b);
  return rc;
}

int pair_eq(size_t n) {
  char *a = malloc(n);
  char *b = malloc(n);
  int eq = 0;
  if (a && b) {
    memset(a, 0, n);
    memset(b, 0, n);
    eq = memcmp(a, b, n) == 0;
  }
  free(a);
  free(b);
  return eq;
}

int open_one(size_t n) {
  char *p = malloc(n);
  if (p == NULL || n == 0) {
    free(p);
    return -1;
  }
  free(p);
  return 0;
}
