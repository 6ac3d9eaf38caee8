// The first free(q) is of NULL and releases nothing; the block malloc'd after it
// is freed once correctly and then a second time, which is the double free.
#include <stdlib.h>

void reset_twice(void) {
  char *q = NULL;
  free(q);
  q = malloc(1);
  free(q);
  free(q); // expect-error[OWN002]
}
