// A global from another file tested twice, the free under the opposite test: when
// 'globalTrue' holds, the block is allocated and never freed.
#include <stdlib.h>

extern int globalTrue;
void printLine(const char *line);

void CWE401_Memory_Leak__char_malloc_10_bad(void) {
  char *data = NULL;
  if (globalTrue) {
    data = (char *)malloc(100);
    if (data == NULL)
      exit(-1);
    printLine(data);
  }
  if (!globalTrue) {
    free(data);
  }
} // expect-error[OWN003]
