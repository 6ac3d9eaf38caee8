// glibc: realloc(p, 0) frees p and returns NULL, so 'p = realloc(p, 0)' releases
// the block and leaves p NULL: no leak and nothing left to free. (ownck follows
// glibc here; how realloc(p, 0) is modelled is configurable, since C17 leaves it
// implementation-defined.)
// expect-no-diagnostics
#include <stdlib.h>

int scratch_cycle(size_t n) {
  char *p = malloc(n + 1);
  if (!p)
    return -1;
  p[n] = '\0';
  p = realloc(p, 0);
  return 0;
}
