// A calloc'd table filled in a loop without a check: the first v[i] is reported (in
// the loop body); later iterations do not repeat it.
#include <stdlib.h>

int *iota(size_t n) {
  int *v = calloc(n, sizeof *v);
  for (size_t i = 0; i < n; i++)
    v[i] = (int)i; // expect-warning[OWN012]{{'v' may be NULL here}}
  return v;
}
