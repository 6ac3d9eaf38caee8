// 'switch (6)' always takes 'case 6'; the free() was written under 'case 5', so
// the allocation from the live case is never released.
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

void CWE401_Memory_Leak__char_malloc_15_bad(void) {
  char *data = NULL;
  switch (6) {
  case 6:
    data = (char *)malloc(100 * sizeof(char));
    if (data == NULL)
      exit(-1);
    strcpy(data, "A String");
    printLine(data);
    break;
  default:
    break;
  }
  switch (7) {
  case 5:
    free(data);
    break;
  default:
    printLine("Benign, fixed string");
    break;
  }
} // expect-error[OWN003]
