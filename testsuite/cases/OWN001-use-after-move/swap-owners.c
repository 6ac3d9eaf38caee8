// Swapping two owners through a temporary moves each value exactly once, and each
// place is re-initialised before it is read again.
// expect-no-diagnostics
#include <stdlib.h>
#include <ownck/ownership.h>

void swap_and_free(void) {
  OWNED char *a = malloc(8);
  OWNED char *b = malloc(8);
  if (!a || !b) {
    free(a);
    free(b);
    return;
  }
  OWNED char *t = a;
  a = b;
  b = t;
  a[0] = 1;
  b[0] = 2;
  free(a);
  free(b);
}
