// Ownership returned to the caller: the callee's copy of the pointer is gone, the
// caller uses and frees it. Neither side uses a moved value.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>
#include <ownck/ownership.h>

OWNED NULLABLE char *make_label(const char *prefix, int id) {
  size_t n = strlen(prefix) + 16;
  OWNED char *s = malloc(n);
  if (!s)
    return NULL;
  s[0] = (char)('0' + id % 10);
  s[1] = 0;
  return s;
}

size_t label_len(int id) {
  char *l = make_label("item", id);
  if (!l)
    return 0;
  size_t n = strlen(l);
  free(l);
  return n;
}
