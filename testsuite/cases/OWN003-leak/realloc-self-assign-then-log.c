// 'p = realloc(p, n)' whose NULL branch only logs and goes on: the old block is lost
// on a path that continues, so the self-assignment is still a leak (compare
// ok-realloc-self-assign-then-abort.c, where that branch ends the process).
#include <stdio.h>
#include <stdlib.h>

char *grow(char *p, size_t n) {
  p = realloc(p, n);  // expect-error[OWN003]{{loses the original block if it fails}}
  if (!p)
    fprintf(stderr, "out of memory\n");
  return p;
}
