// A helper that frees its parameter on SOME path only: validate() frees the line and
// returns -1 when it is too long, and leaves it alone otherwise. The caller frees the
// line only when validate() succeeded, which is correct, but a summary ("released on
// some path") cannot tell which path the caller is on. Decision: a "may" release at
// a call site is not a release. It gives no OWN002 for a later free (that would flag
// this correct, common idiom), no OWN001 for a later use, and no OWN003 at the early
// return (the helper may have released it). The uncorrelated variant (the caller
// frees on both paths) is a real double free that is deliberately not reported.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LINE_MAX_LEN 80

static int validate(char *line) {
  if (strlen(line) > LINE_MAX_LEN) {
    fprintf(stderr, "line too long\n");
    free(line);
    return -1;
  }
  return 0;
}

int handle_line(const char *input) {
  char *line = strdup(input);
  if (!line)
    return -1;
  if (validate(line) < 0)
    return -1;
  puts(line);
  free(line);
  return 0;
}
