// A free() wrapper (malloc-family releaser) given memory from malloc() and from a
// strdup() wrapper: same family. No finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

static void release(void *p) {
  free(p);
}

static char *copy_str(const char *s) {
  return strdup(s);
}

int pair_len(const char *a, size_t n) {
  char *x = malloc(n + 1);
  if (!x)
    return -1;
  memset(x, 'x', n);
  x[n] = '\0';
  char *y = copy_str(a);
  int len = (int)strlen(x) + (y ? (int)strlen(y) : 0);
  release(y);
  release(x);
  return len;
}
