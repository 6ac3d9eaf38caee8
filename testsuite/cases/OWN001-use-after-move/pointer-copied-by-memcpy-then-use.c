// 'memcpy(&q, &p, sizeof q)' is 'q = p': q points to the same block, so using q
// after freeing p is a use after free, as with the assignment.
#include <stdlib.h>
#include <string.h>

size_t stale_length(const char *s) {
  char *p = strdup(s);
  if (!p)
    return 0;
  char *q;
  memcpy(&q, &p, sizeof q);
  free(p);
  return strlen(q);  // expect-error[OWN001]{{use of 'q' after it was released}}
}
