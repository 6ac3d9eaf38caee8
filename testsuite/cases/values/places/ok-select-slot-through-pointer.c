// Choosing which local receives the block through a pointer to it ('slot = big ?
// &large : &small'): whichever local got it is freed at the end with the other,
// which is NULL.
// expect-no-diagnostics
#include <stdlib.h>

int pick(int big) {
  char *small = NULL, *large = NULL;
  char **slot = big ? &large : &small;
  *slot = malloc(big ? 4096 : 64);
  if (!*slot)
    return -1;
  (*slot)[0] = '\0';
  free(small);
  free(large);
  return 0;
}
