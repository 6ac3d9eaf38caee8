// Every element allocated in one loop and freed in another, with a variable
// index: each iteration frees a different element, so there is no double free and
// nothing leaks.
// expect-no-diagnostics
#include <stdlib.h>

#define NSLOTS 8

int slots_demo(size_t n) {
  char *ptrs[NSLOTS];
  int i;
  for (i = 0; i < NSLOTS; i++)
    ptrs[i] = malloc(n);
  for (i = 0; i < NSLOTS; i++)
    if (ptrs[i])
      ptrs[i][0] = '\0';
  for (i = 0; i < NSLOTS; i++)
    free(ptrs[i]);
  return 0;
}
