// CWE-401 good with a 'static const int' that is 1: the source and the sink run
// together, so there is no path that allocates without freeing.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

static const int STATIC_CONST_TRUE = 1;

void CWE401_Memory_Leak__char_malloc_04_good1(void) {
  char *data = NULL;
  if (STATIC_CONST_TRUE) {
    data = (char *)malloc(100 * sizeof(char));
    if (data == NULL)
      exit(-1);
    strcpy(data, "A String");
    printLine(data);
  }
  if (STATIC_CONST_TRUE) {
    free(data);
  }
}
