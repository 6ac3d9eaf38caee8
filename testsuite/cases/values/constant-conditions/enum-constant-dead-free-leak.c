// A build-time choice written as an enum constant: with CACHE_ENABLED the entry
// goes to the cache; otherwise it should be freed, but the free() was put under
// the wrong test, which is never true. The entry leaks.
#include <stdlib.h>
#include <string.h>

enum { CACHE_ENABLED = 0, CACHE_SIZE = 64 };

void cache_put(const char *key);

int remember(const char *key) {
  char *entry = strdup(key);
  if (!entry)
    return -1;
  if (CACHE_ENABLED)
    cache_put(entry);
  if (CACHE_SIZE == 0)
    free(entry);
  return 0; // expect-error[OWN003]
}
