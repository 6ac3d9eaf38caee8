// An allocator-looking helper defined in the same file (git's xstrdup: strdup or
// die) really allocates: its body returns a malloc'd block, so the caller that
// drops the result leaks it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *xstrdup(const char *s) {
  char *p = malloc(strlen(s) + 1);
  if (!p) {
    fputs("out of memory\n", stderr);
    exit(1);
  }
  strcpy(p, s);
  return p;
}

int check_name(const char *name) {
  char *copy = xstrdup(name);
  if (strchr(copy, '/'))
    return -1; // expect-error[OWN003]
  free(copy);
  return 0;
}
