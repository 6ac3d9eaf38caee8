// glibc: realloc(p, 0) frees p and returns NULL. Treating the NULL as a failure and
// freeing p again is a double free. (ownck follows glibc here; the behaviour of
// realloc(p, 0) is configurable, since C17 leaves it implementation-defined.)
#include <stdlib.h>

int shrink_to_nothing(size_t n) {
  char *p = malloc(n);
  if (!p)
    return -1;
  p[0] = '\0';
  char *q = realloc(p, 0);
  if (!q) {
    free(p); // expect-error[OWN002]
    return 0;
  }
  free(q);
  return 0;
}
