// CWE-401 good with 'switch (6)' and 'switch (7)': each switch on a constant takes
// exactly its matching case, so the block allocated in 'case 6' is freed in
// 'case 7'. The default branches are dead.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

void CWE401_Memory_Leak__char_malloc_15_good1(void) {
  char *data = NULL;
  switch (6) {
  case 6:
    data = (char *)malloc(100 * sizeof(char));
    if (data == NULL)
      exit(-1);
    strcpy(data, "A String");
    printLine(data);
    break;
  default:
    printLine("Benign, fixed string");
    break;
  }
  switch (7) {
  case 7:
    free(data);
    break;
  default:
    printLine("Benign, fixed string");
    break;
  }
}
