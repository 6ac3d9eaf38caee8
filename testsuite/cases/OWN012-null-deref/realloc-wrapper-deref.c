// grow() wraps realloc() without a check: its result may be NULL. (Its parameter is
// released only on success, as realloc's is: its summary makes grow() a realloc of
// its own, so the caller's old pointer is neither a leak nor a double release at
// this call.) Writing the terminator unchecked is reported.
#include <stdlib.h>

static char *grow(char *s, size_t n) {
  return realloc(s, n);
}

char *append_nul(char *s, size_t len) {
  char *t = grow(s, len + 1);
  t[len] = '\0'; // expect-warning[OWN012]{{'t' may be NULL here}}
  return t;
}
