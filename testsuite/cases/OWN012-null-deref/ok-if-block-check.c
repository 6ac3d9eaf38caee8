// Precision: all uses inside 'if (p) { ... }' and the allocation released in the
// same block; nothing is dereferenced outside it.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

void print_squares(int n) {
  long *sq = malloc((size_t)n * sizeof *sq);
  if (sq) {
    for (int i = 0; i < n; i++)
      sq[i] = (long)i * i;
    for (int i = 0; i < n; i++)
      printf("%ld\n", sq[i]);
    free(sq);
  }
}
