// q is NULL only when n is 0: on the other path it owns a block, and the second
// free() releases it again. Known-NULL on one path does not make the pair safe.
#include <stdlib.h>

void scratch(size_t n) {
  char *q = NULL;
  if (n)
    q = malloc(n);
  free(q);
  free(q); // expect-error[OWN002]
}
