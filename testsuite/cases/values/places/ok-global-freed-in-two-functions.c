// Each function is checked on its own: two functions that each free the global
// once (with a reset in between) are not a double free.
// expect-no-diagnostics
#include <stdlib.h>

static char *g_cache;

void cache_init(size_t n) {
  g_cache = malloc(n);
}

void cache_drop(void) {
  free(g_cache);
  g_cache = NULL;
}

void cache_reset(size_t n) {
  cache_drop();
  free(g_cache);
  cache_init(n);
}
