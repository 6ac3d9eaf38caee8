// path_normalize() returns its argument: freeing its result IS freeing 'p'. The
// caller does it once and does not free 'p' again. No finding.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *path_normalize(char *p) {
  size_t n = strlen(p);
  while (n > 1 && p[n - 1] == '/')
    p[--n] = '\0';
  return p;
}

int print_path(const char *in) {
  char *p = strdup(in);
  if (!p)
    return -1;
  char *norm = path_normalize(p);
  puts(norm);
  free(norm);
  return 0;
}
