// Interior pointers used while the block is alive, then the block is freed by
// its own pointer: no use after free, no leak.
// expect-no-diagnostics
#include <stdlib.h>

struct counter { int hits; int misses; };

int bump(void) {
  struct counter *p = malloc(sizeof *p);
  if (!p)
    return -1;
  int *h = &p->hits;
  int *m = &p->misses;
  *h = 1;
  *m = 2;
  int total = *h + *m;
  free(p);
  return total;
}
