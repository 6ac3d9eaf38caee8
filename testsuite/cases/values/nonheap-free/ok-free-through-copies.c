// A heap pointer handed through several locals is still the block's start:
// freeing the last copy releases the block once, with no leak.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

int echo(const char *s) {
  char *a = malloc(strlen(s) + 1);
  if (!a)
    return -1;
  strcpy(a, s);
  char *b = a;
  char *c;
  c = b;
  char *d = c;
  printLine(d);
  free(d);
  return 0;
}
