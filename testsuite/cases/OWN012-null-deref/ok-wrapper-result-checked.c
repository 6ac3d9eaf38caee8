// A wrapper's possibly-NULL result checked before use. No finding.
// expect-no-diagnostics
#include <stdlib.h>

static char *buf_alloc(size_t n) {
  return malloc(n + 1);
}

char *make_empty(size_t n) {
  char *p = buf_alloc(n);
  if (!p)
    return NULL;
  p[0] = '\0';
  return p;
}
