// Precision: the commonest spelling, 'if (!p) return ...;', refines p to non-NULL on
// the fall-through edge: nothing after it may be reported.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

char *repeat(char c, size_t n) {
  char *p = malloc(n + 1);
  if (!p)
    return NULL;
  memset(p, c, n);
  p[n] = '\0';
  return p;
}
