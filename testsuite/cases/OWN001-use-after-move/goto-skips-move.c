// A 'goto' that jumps over the move leaves the value owned on that path, and only
// that path reaches the use: no finding. Checks that moves are tracked per path of
// the CFG, not per line order.
// expect-no-diagnostics
#include <ownck/ownership.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void log_take(OWNED char *line);

int emit(const char *text, int quiet) {
  OWNED char *line = strdup(text);
  if (!line)
    return -1;
  if (quiet)
    goto keep;
  log_take(line);
  return 0;
keep:
  fputs(line, stdout);
  free(line);
  return 1;
}
