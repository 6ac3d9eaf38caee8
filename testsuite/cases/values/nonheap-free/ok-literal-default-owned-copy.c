// A name that defaults to a string literal and is replaced by an allocated copy
// when one is given: the copy is tracked in its own variable, and only that is
// freed. The literal is never passed to free().
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

int greet(const char *given) {
  const char *name = "anonymous";
  char *owned = NULL;
  if (given) {
    owned = strdup(given);
    if (!owned)
      return -1;
    name = owned;
  }
  printLine(name);
  free(owned);
  return 0;
}
