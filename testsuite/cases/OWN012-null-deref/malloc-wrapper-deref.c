// A thin wrapper around malloc() passes the possible NULL on: its summary says the
// result is a fresh owner that may be NULL. Writing through it unchecked is the same
// warning as for malloc() itself.
#include <stdlib.h>

static char *buf_alloc(size_t n) {
  return malloc(n + 1);
}

char *make_empty(size_t n) {
  char *p = buf_alloc(n);
  p[0] = '\0'; // expect-warning[OWN012]{{'p' may be NULL here}}
  return p;
}
