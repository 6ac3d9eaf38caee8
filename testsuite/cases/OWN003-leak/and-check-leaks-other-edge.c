// Refinement must be exact, not just generous: in 'if (p && n > max) return' the
// p != NULL, n > max edge returns while p still owns its block. A checker that
// treats any test of p as "checked" would miss this leak.
#include <stdlib.h>
#include <string.h>

int store(const char *p, size_t n);

int store_copy(const char *src, size_t n, size_t max) {
  char *p = malloc(n); // expect-note{{allocated here by 'malloc'}}
  if (p && n > max)
    return -1; // expect-error[OWN003]{{leak: 'p' goes out of scope while it still owns its value}}
  if (!p)
    return -1;
  memcpy(p, src, n);
  int rc = store(p, n);
  free(p);
  return rc;
}
