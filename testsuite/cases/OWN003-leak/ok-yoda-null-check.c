// Yoda-style checks: 'NULL == p' and 'NULL != p' refine exactly like 'p == NULL'.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

char *join(const char *a, const char *b) {
  size_t na = strlen(a), nb = strlen(b);
  char *p = malloc(na + nb + 1);
  if (NULL == p)
    return NULL;
  memcpy(p, a, na);
  memcpy(p + na, b, nb + 1);
  return p;
}

int first_byte(const char *s) {
  char *copy = strdup(s);
  int c = -1;
  if (NULL != copy) {
    c = copy[0];
    free(copy);
  }
  return c;
}
