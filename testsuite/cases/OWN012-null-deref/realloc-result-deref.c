// The grown block from realloc() is written before it is checked. (The old block is
// kept in 'buf', so there is no leak to report; only the NULL dereference.)
#include <stdlib.h>

char *append_nul(char *buf, size_t len) {
  char *bigger = realloc(buf, len + 1);
  bigger[len] = '\0'; // expect-warning[OWN012]{{'bigger' may be NULL here}}
                      // expect-note@-2{{allocated here by 'realloc'}}
  return bigger;
}
