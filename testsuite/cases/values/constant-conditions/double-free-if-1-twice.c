// CWE-415 with 'if (1)' sources and sinks: the block is freed in the first
// block and again in the second. Both always run, so this is a double free.
#include <stdlib.h>

void CWE415_Double_Free__malloc_free_char_02_bad(void) {
  char *data = NULL;
  if (1) {
    data = (char *)malloc(100 * sizeof(char));
    if (data == NULL)
      exit(-1);
    free(data);
  }
  if (1) {
    free(data); // expect-error[OWN002]
  }
}
