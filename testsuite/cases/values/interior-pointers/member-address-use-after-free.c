// q = &p->x points into p's block: after free(p) it dangles, and reading
// through it is a use after free, even though q was never freed by name.
#include <stdlib.h>

struct counter { int hits; int misses; };

int final_misses(void) {
  struct counter *p = malloc(sizeof *p);
  if (!p)
    return -1;
  p->hits = 0;
  p->misses = 3;
  int *q = &p->misses;
  free(p);
  return *q; // expect-error[OWN001]
}
