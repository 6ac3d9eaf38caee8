// assert(p) ends the NULL path (__assert_fail is noreturn), so after it p is
// known to own its block; the only exit frees it.
// expect-no-diagnostics
#include <assert.h>
#include <stdlib.h>
#include <string.h>

size_t upper_len(const char *s) {
  char *p = strdup(s);
  assert(p);
  size_t n = 0;
  for (char *q = p; *q; q++)
    if (*q >= 'A' && *q <= 'Z')
      n++;
  free(p);
  return n;
}
