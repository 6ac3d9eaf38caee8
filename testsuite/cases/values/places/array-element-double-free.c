// An array element is a place: 'ptrs[i]' allocated, freed, then freed again with
// the same index (i unchanged in between) is a double free.
#include <stdlib.h>

void printLine(const char *line);

int slot_cycle(int i) {
  char *ptrs[8] = {NULL};
  if (i < 0 || i >= 8)
    return -1;
  ptrs[i] = malloc(32);
  if (!ptrs[i])
    return -1;
  ptrs[i][0] = '\0';
  printLine(ptrs[i]);
  free(ptrs[i]);
  free(ptrs[i]); // expect-error[OWN002]
  return 0;
}
