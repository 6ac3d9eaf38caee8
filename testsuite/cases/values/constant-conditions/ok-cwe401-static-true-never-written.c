// CWE-401 good with 'static int staticTrue = 1', which nothing in the file
// assigns and whose address is never taken: it is a constant in disguise, and the
// block is always freed.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

static int staticTrue = 1;

void CWE401_Memory_Leak__char_malloc_05_good1(void) {
  char *data = NULL;
  if (staticTrue) {
    data = (char *)malloc(100 * sizeof(char));
    if (data == NULL)
      exit(-1);
    strcpy(data, "A String");
    printLine(data);
  }
  if (staticTrue) {
    free(data);
  }
}
