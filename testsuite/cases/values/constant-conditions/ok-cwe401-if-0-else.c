// CWE-401 goodG2B shape with 'if (0) ... else': the else branch always allocates
// and 'if (1)' always frees, so no path leaks.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

void CWE401_Memory_Leak__char_malloc_02_goodG2B1(void) {
  char *data = NULL;
  if (0) {
    printLine("Benign, fixed string");
  } else {
    data = (char *)malloc(100 * sizeof(char));
    if (data == NULL)
      exit(-1);
    strcpy(data, "A String");
  }
  if (1) {
    printLine(data);
    free(data);
  }
}
