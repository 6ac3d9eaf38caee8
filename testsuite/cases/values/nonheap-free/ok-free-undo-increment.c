// A length-prefixed buffer: the caller works on 'p + 1' and frees 'p - 1' after
// undoing its own increment, which is the block's start again. Optional for the
// issue: arithmetic that returns to the start is not an offset free.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

int print_counted(const char *s) {
  size_t n = strlen(s);
  char *p = malloc(n + 2);
  if (!p)
    return -1;
  p[0] = (char)(n > 127 ? 127 : n);
  p++;
  memcpy(p, s, n + 1);
  printLine(p);
  free(p - 1);
  return 0;
}
