// Precision: the check wrapped in '__builtin_expect' (the 'unlikely()' macro of most
// C projects) is still a check: the builtin returns its first argument.
// expect-no-diagnostics
#include <stdlib.h>

#define unlikely(x) __builtin_expect(!!(x), 0)

char *scratch(size_t n) {
  char *p = malloc(n);
  if (unlikely(p == NULL))
    return NULL;
  p[0] = '\0';
  return p;
}

char *scratch2(size_t n) {
  char *p = malloc(n);
  if (unlikely(!p))
    return NULL;
  p[0] = '\0';
  return p;
}
