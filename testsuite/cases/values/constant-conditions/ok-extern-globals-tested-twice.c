// Globals defined in another file ('int globalFive = 5;' in io.c): their values are
// unknown here, but two tests of the same global take the same branch (nothing
// between them writes it), so the block allocated under the first test is freed
// under the second. The same holds for a parameter tested twice against 7.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

extern int globalFive;
extern const int GLOBAL_CONST_TRUE;
void printLine(const char *line);

void CWE401_Memory_Leak__char_malloc_14_good1(void) {
  char *data = NULL;
  if (globalFive == 5) {
    data = (char *)malloc(100);
    if (data == NULL)
      exit(-1);
    strcpy(data, "A String");
    printLine(data);
  }
  if (globalFive == 5) {
    free(data);
  }
}

void CWE401_Memory_Leak__char_malloc_10_good1(void) {
  char *data = NULL;
  if (GLOBAL_CONST_TRUE) {
    data = (char *)malloc(100);
    if (data == NULL)
      exit(-1);
    printLine(data);
  }
  if (GLOBAL_CONST_TRUE) {
    free(data);
  }
}

void by_mode(int mode) {
  char *data = NULL;
  if (mode == 7) {
    data = (char *)malloc(100);
    if (data == NULL)
      exit(-1);
    printLine(data);
  }
  if (mode == 7)
    free(data);
}
