// Copying a struct by assignment and freeing the field through the copy only:
// one block, one free, no use after it.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

struct entry { char *name; int id; };

void move_entry(const char *s) {
  struct entry a = {NULL, 0};
  a.name = strdup(s);
  if (!a.name)
    return;
  struct entry b = a;
  printLine(a.name);
  free(b.name);
}
