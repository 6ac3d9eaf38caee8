// The only free() sits under 'if (GLOBAL_CONST_FALSE)', which never runs: the
// block allocated on the live path leaks at the end of the function (CWE-401).
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

static const int GLOBAL_CONST_TRUE = 1;
static const int GLOBAL_CONST_FALSE = 0;

void CWE401_Memory_Leak__char_malloc_09_bad(void) {
  char *data = NULL;
  if (GLOBAL_CONST_TRUE) {
    data = (char *)malloc(100 * sizeof(char));
    if (data == NULL)
      exit(-1);
    strcpy(data, "A String");
    printLine(data);
  }
  if (GLOBAL_CONST_FALSE) {
    free(data);
  }
} // expect-error[OWN003]
