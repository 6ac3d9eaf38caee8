// CWE-415 good: the block is freed under GLOBAL_CONST_TRUE, and the bad sink (a
// second free) is under GLOBAL_CONST_FALSE, which never runs. Not a double free.
// expect-no-diagnostics
#include <stdlib.h>

void printLine(const char *line);

static const int GLOBAL_CONST_TRUE = 1;
static const int GLOBAL_CONST_FALSE = 0;

void CWE415_Double_Free__malloc_free_char_09_goodB2G1(void) {
  char *data = NULL;
  if (GLOBAL_CONST_TRUE) {
    data = (char *)malloc(100 * sizeof(char));
    if (data == NULL)
      exit(-1);
    free(data);
  }
  if (GLOBAL_CONST_FALSE) {
    free(data);
  } else {
    printLine("Benign, fixed string");
  }
}
