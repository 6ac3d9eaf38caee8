// A wrapper that asserts its allocation succeeded: after 'assert(p)' p is not NULL
// on the path that returns, so the wrapper's result is never NULL. No finding.
// expect-no-diagnostics
#include <assert.h>
#include <stdlib.h>
#include <string.h>

static void *checked_malloc(size_t n) {
  void *p = malloc(n);
  assert(p);
  return p;
}

char *repeat(char c, size_t n) {
  char *s = checked_malloc(n + 1);
  memset(s, c, n);
  s[n] = '\0';
  return s;
}
