// log_upper() makes its own copy of the message and frees the copy, not the
// argument: parameter 0 is only borrowed. The caller's string is still alive after
// the call. No finding.
// expect-no-diagnostics
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void log_upper(char *msg) {
  char *copy = strdup(msg);
  if (!copy)
    return;
  for (char *c = copy; *c; c++)
    *c = (char)toupper((unsigned char)*c);
  fprintf(stderr, "%s\n", copy);
  free(copy);
}

size_t report(const char *what) {
  char *msg = strdup(what);
  if (!msg)
    return 0;
  log_upper(msg);
  size_t n = strlen(msg);
  free(msg);
  return n;
}
