// glibc: realloc(p, 0) is free(p). Reading p afterwards is a use after free.
// (ownck follows glibc for realloc(p, 0); this is configurable, since C17 leaves
// it implementation-defined and C23 undefined.)
#include <stdlib.h>

int last_byte(size_t n) {
  char *p = malloc(n + 1);
  if (!p)
    return -1;
  p[n] = 'x';
  char *r = realloc(p, 0);
  (void)r;
  return p[n]; // expect-error[OWN001]
}
