// The classic false positive: 'if (!p) return -1;' right after malloc. On the
// return edge p is NULL, so nothing is owned and nothing leaks.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

int use(const char *p, size_t n);

int with_buffer(const char *src, size_t n) {
  char *p = malloc(n);
  if (!p)
    return -1;
  memcpy(p, src, n);
  int rc = use(p, n);
  free(p);
  return rc;
}
