// 'n > 10' says nothing of 'n > 20': the block allocated for 11..20 is not freed.
#include <stdlib.h>

int mid_range(int n) {
  char *p = NULL;
  if (n > 10)
    p = malloc(4);
  if (n > 20)
    free(p);
  if (n > 20)
    return 1;
  return 0; // expect-error[OWN003]{{leak: 'p' goes out of scope}}
}
