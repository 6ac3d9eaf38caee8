// Two different comparisons of the same unchanged parameter: where 'n > 10' held,
// 'n > 5' holds too, and where 'kind == 1' held, it is no other case. An edge that
// tells where the variable is decides its other flags, so the path that allocates
// is a path that frees. No finding.
// expect-no-diagnostics
#include <stdlib.h>

int big_only(int n) {
  char *p = NULL;
  if (n > 10)
    p = malloc(4);
  if (n > 5)
    free(p);
  if (n > 5)
    return 1;
  return 0;
}

int by_kind(int kind) {
  char *p = NULL;
  switch (kind) {
  case 1:
    p = malloc(3);
    break;
  case 2:
    return 0;
  }
  if (kind == 1)
    free(p);
  return 0;
}
