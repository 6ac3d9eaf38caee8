// CWE-401 good with GLOBAL_CONST_TRUE (the Juliet global): allocation and free()
// are guarded by the same constant, so no path leaks.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

static const int GLOBAL_CONST_TRUE = 1;

void CWE401_Memory_Leak__char_malloc_09_good1(void) {
  char *data = NULL;
  if (GLOBAL_CONST_TRUE) {
    data = (char *)malloc(100 * sizeof(char));
    if (data == NULL)
      exit(-1);
    strcpy(data, "A String");
    printLine(data);
  }
  if (GLOBAL_CONST_TRUE) {
    free(data);
  }
}
