// A move on only one arm leaves the value "maybe moved" after the join; Rust rejects
// any later use (E0382, "value moved here" on the conditional move). The final
// release is then a release of a maybe-moved value, which is OWN002.
#include <ownck/ownership.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cache_insert(OWNED char *key);

size_t remember(const char *name, int cacheable) {
  OWNED char *key = strdup(name);
  if (!key)
    return 0;
  if (cacheable)
    cache_insert(key);
  size_t n = strlen(key); // expect-error[OWN001]{{use of moved value 'key'}}
                          // expect-note@-2{{value moved here}}
  free(key);              // expect-error[OWN002]{{release of moved value 'key'}}
  return n;
}
