// The release helper accepts NULL (it ends in free()). After releasing the cache the
// caller sets the pointer to NULL, so the second cache_drop() at the exit is a
// no-op, not a double release. No finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

static void cache_drop(char *c) {
  free(c);
}

int lookup(const char *key, int refresh) {
  char *cache = strdup(key);
  if (!cache)
    return -1;
  int len = (int)strlen(cache);
  if (refresh) {
    cache_drop(cache);
    cache = NULL;
  }
  cache_drop(cache);
  return len;
}
