// 'staticFive' is a file-scope int that nothing assigns, so 'staticFive == 5'
// always holds: the block is freed in the first test and printed in the second
// (CWE-416).
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

static int staticFive = 5;

void CWE416_Use_After_Free__malloc_free_char_07_bad(void) {
  char *data = NULL;
  if (staticFive == 5) {
    data = (char *)malloc(100 * sizeof(char));
    if (data == NULL)
      exit(-1);
    memset(data, 'A', 100 - 1);
    data[100 - 1] = '\0';
    free(data);
  }
  if (staticFive == 5) {
    printLine(data); // expect-error[OWN001]
  }
}
