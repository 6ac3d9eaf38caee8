// CWE-401 good with 'GLOBAL_CONST_FIVE == 5' on the source and the sink: the
// condition holds on every path, so both always run and the block is always freed.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

static const int GLOBAL_CONST_FIVE = 5;

void CWE401_Memory_Leak__char_malloc_13_good1(void) {
  char *data = NULL;
  if (GLOBAL_CONST_FIVE == 5) {
    data = (char *)malloc(100 * sizeof(char));
    if (data == NULL)
      exit(-1);
    strcpy(data, "A String");
    printLine(data);
  }
  if (GLOBAL_CONST_FIVE == 5) {
    free(data);
  }
}
