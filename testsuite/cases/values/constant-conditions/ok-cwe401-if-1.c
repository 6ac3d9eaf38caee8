// CWE-401 good with 'if (1)' around the source and the sink: both always run,
// so the block allocated in the first is freed in the second. No path skips one.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

void CWE401_Memory_Leak__char_malloc_02_good1(void) {
  char *data = NULL;
  if (1) {
    data = (char *)malloc(100 * sizeof(char));
    if (data == NULL)
      exit(-1);
    strcpy(data, "A String");
    printLine(data);
  }
  if (1) {
    free(data);
  }
}
