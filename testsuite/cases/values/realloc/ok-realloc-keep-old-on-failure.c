// If growing fails, keep working with the old, smaller block: the old pointer is
// replaced only when realloc() succeeds, and whichever block is current is freed.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

int build(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  char *p = malloc(la + 1);
  if (!p)
    return -1;
  memcpy(p, a, la + 1);
  char *q = realloc(p, la + lb + 1);
  if (q) {
    p = q;
    memcpy(p + la, b, lb + 1);
  }
  printLine(p);
  free(p);
  return 0;
}
