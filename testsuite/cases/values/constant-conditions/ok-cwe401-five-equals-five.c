// CWE-401 good with '5 == 5' around the source and the sink: a constant
// expression, true on every path, so the allocation is always freed.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

void CWE401_Memory_Leak__char_malloc_03_good1(void) {
  char *data = NULL;
  if (5 == 5) {
    data = (char *)malloc(100 * sizeof(char));
    if (data == NULL)
      exit(-1);
    strcpy(data, "A String");
    printLine(data);
  }
  if (5 == 5) {
    free(data);
  }
}
