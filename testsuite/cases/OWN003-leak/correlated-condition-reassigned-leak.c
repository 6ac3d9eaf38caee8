// A correlated test is a test of the value the local has: once 'n' is assigned
// again, the second 'if (n > 10)' says nothing about the first, and the block
// allocated under the first may leak.
#include <stdlib.h>

int shrink(int n, int max) {
  char *p = NULL;
  if (n > 10)
    p = malloc((size_t)n);
  n = max;
  if (n > 10)
    free(p);
  return n; // expect-error[OWN003]{{leak: 'p' goes out of scope}}
}
