// Precision: allocation and test in one condition, 'if ((p = malloc(n)) == NULL)' and
// 'if (!(p = strdup(s)))': the refined place is the one assigned.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int fill(size_t n) {
  char *p;
  if ((p = malloc(n)) == NULL) {
    perror("malloc");
    return -1;
  }
  memset(p, 0, n);
  free(p);
  return 0;
}

int upper_first(const char *s) {
  char *c;
  if (!(c = strdup(s)))
    return -1;
  c[0] = 'X';
  puts(c);
  free(c);
  return 0;
}
