// CWE-401 good with 'STATIC_CONST_FIVE == 5': a const-qualified file-scope int
// compared with a literal is a constant condition on both sides.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

static const int STATIC_CONST_FIVE = 5;

void CWE401_Memory_Leak__char_malloc_06_good1(void) {
  char *data = NULL;
  if (STATIC_CONST_FIVE == 5) {
    data = (char *)malloc(100 * sizeof(char));
    if (data == NULL)
      exit(-1);
    strcpy(data, "A String");
    printLine(data);
  }
  if (STATIC_CONST_FIVE == 5) {
    free(data);
  }
}
