// realloc() may fail and return NULL: writing the terminator through its result
// before the check (the check comes one line too late) is a null dereference
// warning, as for malloc().
#include <stdlib.h>
#include <string.h>

char *grow_copy(const char *s, size_t extra) {
  size_t n = strlen(s);
  char *p = malloc(n + 1);
  if (!p)
    return NULL;
  memcpy(p, s, n + 1);
  char *q = realloc(p, n + extra + 1);
  q[n + extra] = '\0'; // expect-warning[OWN012]
  if (!q) {
    free(p);
    return NULL;
  }
  return q;
}
