// The 'free the previous value, then replace it' loop: on the first iteration the
// variable is NULL and free() does nothing; each later free() releases the block
// of the iteration before. The last one is freed after the loop.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

int show_all(const char *const *names, size_t n) {
  char *cur = NULL;
  for (size_t i = 0; i < n; i++) {
    free(cur);
    cur = strdup(names[i]);
    if (!cur)
      return -1;
    printLine(cur);
  }
  free(cur);
  return 0;
}
