// BSD reallocf() frees the old block when it fails, so 'p = reallocf(p, n)' loses
// nothing: the idiom that leaks with realloc() is the intended use of reallocf().
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void *reallocf(void *ptr, size_t size);

char *append(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  char *p = malloc(la + 1);
  if (!p)
    return NULL;
  memcpy(p, a, la + 1);
  p = reallocf(p, la + lb + 1);
  if (!p)
    return NULL;
  memcpy(p + la, b, lb + 1);
  return p;
}
