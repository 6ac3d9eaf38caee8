// The conditional operator refines too: 'p ? ... : ...' uses p only where it is
// non-NULL, and the release after it is NULL-safe.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

size_t copy_len(const char *s) {
  char *p = strdup(s);
  size_t n = p ? strlen(p) : 0;
  free(p);
  return n;
}

int open_or_default(size_t n) {
  char *p = malloc(n);
  int rc = p ? (memset(p, 0, n), 0) : -1;
  if (p)
    free(p);
  return rc;
}
