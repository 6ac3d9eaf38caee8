// realloc releases the old block when it succeeds: freeing the old pointer after a
// successful realloc is a double free (a frequent misreading of realloc).
#include <stdlib.h>

int *grow(size_t n) {
  int *v = malloc(4 * sizeof *v);
  if (!v)
    return NULL;
  int *nv = realloc(v, n * sizeof *v);
  if (!nv) {
    free(v);
    return NULL;
  }
  free(v); // expect-error[OWN002]{{double release of 'v'}}
           // expect-note@-6{{first released here}}
  return nv;
}
