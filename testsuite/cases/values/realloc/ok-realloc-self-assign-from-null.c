// 'd = NULL; d = realloc(d, n)' is malloc(n): there is no old block to lose when
// realloc fails, so the self-assignment is not a leak.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

int copy_line(const char *s) {
  char *d = NULL;
  size_t n = strlen(s) + 1;
  d = realloc(d, n);
  if (!d)
    return -1;
  memcpy(d, s, n);
  printLine(d);
  free(d);
  return 0;
}
