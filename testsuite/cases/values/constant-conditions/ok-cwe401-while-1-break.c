// CWE-401 good with 'while (1) { ...; break; }' around the source and the sink:
// each body runs exactly once, so the block is always freed.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

void CWE401_Memory_Leak__char_malloc_16_good1(void) {
  char *data = NULL;
  while (1) {
    data = (char *)malloc(100 * sizeof(char));
    if (data == NULL)
      exit(-1);
    strcpy(data, "A String");
    printLine(data);
    break;
  }
  while (1) {
    free(data);
    break;
  }
}
