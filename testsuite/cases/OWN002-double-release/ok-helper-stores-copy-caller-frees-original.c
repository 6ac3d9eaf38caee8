// set_title() keeps its own copy of the title in a global and frees the previous
// copy: parameter 0 is only borrowed. The caller frees its own string once; the
// copy belongs to the global. No finding.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *g_title;

static int set_title(char *t) {
  char *copy = strdup(t);
  if (!copy)
    return -1;
  free(g_title);
  g_title = copy;
  return 0;
}

int retitle(const char *fmt, int n) {
  char *t = malloc(64);
  if (!t)
    return -1;
  snprintf(t, 64, fmt, n);
  int rc = set_title(t);
  free(t);
  return rc;
}
