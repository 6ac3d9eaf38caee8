// CWE-401 good with 'staticFive == 5', where 'static int staticFive = 5' is
// never written by the program: the source and the sink both always run.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

static int staticFive = 5;

void CWE401_Memory_Leak__char_malloc_07_good1(void) {
  char *data = NULL;
  if (staticFive == 5) {
    data = (char *)malloc(100 * sizeof(char));
    if (data == NULL)
      exit(-1);
    strcpy(data, "A String");
    printLine(data);
  }
  if (staticFive == 5) {
    free(data);
  }
}
