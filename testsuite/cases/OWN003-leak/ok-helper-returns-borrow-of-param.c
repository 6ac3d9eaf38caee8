// base_name() returns a pointer into its argument (a borrow of parameter 0), not a
// new owner: the caller frees the original string once and the borrowed result is
// not leaked. No finding.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *base_name(char *path) {
  char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

int print_base(const char *path) {
  char *copy = strdup(path);
  if (!copy)
    return -1;
  char *b = base_name(copy);
  int n = puts(b);
  free(copy);
  return n;
}
