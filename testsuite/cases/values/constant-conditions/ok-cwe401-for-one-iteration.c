// CWE-401 good with 'for (i = 0; i < 1; i++)' loops: a constant trip count of one,
// so the malloc() runs once (no earlier block is overwritten) and the free() in
// the second loop always runs.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

void CWE401_Memory_Leak__char_malloc_17_good1(void) {
  int i, j;
  char *data = NULL;
  for (i = 0; i < 1; i++) {
    data = (char *)malloc(100 * sizeof(char));
    if (data == NULL)
      exit(-1);
    strcpy(data, "A String");
    printLine(data);
  }
  for (j = 0; j < 1; j++) {
    free(data);
  }
}
