// A loop with a constant trip count of one frees the block once; the free()
// after the loop is the second release. The free() inside the loop runs exactly
// once, so it is not a double free by itself.
#include <stdlib.h>

void CWE415_Double_Free__malloc_free_char_17_bad(void) {
  int i, j;
  char *data = NULL;
  for (i = 0; i < 1; i++) {
    data = (char *)malloc(100 * sizeof(char));
    if (data == NULL)
      exit(-1);
    free(data);
  }
  for (j = 0; j < 1; j++) {
    free(data); // expect-error[OWN002]
  }
}
