// 'tmp = realloc(buf, n); buf = tmp;' without checking tmp: when realloc fails,
// tmp is NULL, buf still owns the old block, and the assignment loses it. The
// leak is reported where buf is overwritten.
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

int join(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  char *buf = malloc(la + 1);
  if (!buf)
    return -1;
  memcpy(buf, a, la + 1);
  char *tmp = realloc(buf, la + lb + 1);
  buf = tmp; // expect-error[OWN003]
  if (!buf)
    return -1;
  memcpy(buf + la, b, lb + 1);
  printLine(buf);
  free(buf);
  return 0;
}
