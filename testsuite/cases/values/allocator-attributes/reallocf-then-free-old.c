// BSD reallocf() frees the old block when it fails. Freeing the old pointer on
// the failure path, as one would after realloc(), is a double free.
#include <stdlib.h>

void *reallocf(void *ptr, size_t size);

int grow(size_t n) {
  char *p = malloc(n);
  if (!p)
    return -1;
  char *q = reallocf(p, 2 * n);
  if (!q) {
    free(p); // expect-error[OWN002]
    return -1;
  }
  free(q);
  return 0;
}
