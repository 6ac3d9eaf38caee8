// An OWNED result that is not NULLABLE promises an owner on every path: returning
// NULL (or an unchecked allocation) breaks the callers that rely on it.
#include <stdlib.h>
#include <ownck/ownership.h>

OWNED char *make_buf(size_t n) {
  if (n == 0)
    return NULL; // expect-error[OWN012]{{'make_buf' returns NULL, but its result is not NULLABLE}}
  char *p = malloc(n);
  return p; // expect-warning[OWN012]{{'make_buf' may return NULL here, but its result is not NULLABLE}}
}
