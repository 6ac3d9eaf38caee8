// The same idiom written the other way round: 'if (p == buf) ... else free(p)',
// with the stack buffer reached through an alias. Only the heap block is freed.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

void show(const char *msg, size_t n) {
  char local[128];
  char *p = local;
  char *fallback = local;
  if (n >= sizeof local)
    p = malloc(n + 1);
  if (!p)
    return;
  memcpy(p, msg, n);
  p[n] = '\0';
  printLine(p);
  if (p == fallback)
    return;
  else
    free(p);
}
