// A shared error label frees both buffers, the second of which is still NULL when
// the first allocation fails: that free() is a no-op, and on the success path each
// block is freed once.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

int make_pair(const char *a, const char *b, char **out) {
  char *x = NULL, *y = NULL;
  x = strdup(a);
  if (!x)
    goto fail;
  y = strdup(b);
  if (!y)
    goto fail;
  *out = x;
  free(y);
  return 0;
fail:
  free(y);
  free(x);
  return -1;
}
