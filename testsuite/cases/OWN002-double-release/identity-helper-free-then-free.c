// path_normalize() rewrites the path in place and returns its argument (an alias of
// parameter 0). Freeing its result and then the original frees one block twice.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *path_normalize(char *p) {
  size_t n = strlen(p);
  while (n > 1 && p[n - 1] == '/')
    p[--n] = '\0';
  return p;
}

int print_path(const char *in) {
  char *p = strdup(in);
  if (!p)
    return -1;
  char *norm = path_normalize(p);
  puts(norm);
  free(norm);
  free(p); // expect-error[OWN002]{{double release of 'p'}}
  return 0;
}
