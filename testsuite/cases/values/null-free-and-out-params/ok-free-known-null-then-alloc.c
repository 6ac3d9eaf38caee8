// free() of a pointer known to be NULL is a no-op, not a release: the block
// allocated afterwards into the same variable is freed exactly once.
// expect-no-diagnostics
#include <stdlib.h>

void reset_once(void) {
  char *q = NULL;
  free(q);
  q = malloc(1);
  free(q);
}
