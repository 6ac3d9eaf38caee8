// cache_put() stores its argument in a global (stored away): ownership passes to the
// cache, so the caller's owner does not leak when it goes out of scope. No finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

static char *g_last_host;

static void cache_put(char *host) {
  free(g_last_host);
  g_last_host = host;
}

int remember_host(const char *host) {
  char *h = strdup(host);
  if (!h)
    return -1;
  cache_put(h);
  return 0;
}
