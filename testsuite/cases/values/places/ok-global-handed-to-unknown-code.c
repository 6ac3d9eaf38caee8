// What a global holds after a call into code this file does not show may have been
// released or replaced there: after 'reset_cache()' the second free() is not
// reported, and storing a new block is not an overwrite of the old one.
// expect-no-diagnostics
#include <stdlib.h>

char *g_cache;
void reset_cache(void);  // defined elsewhere: may free g_cache and set it to NULL

void refill(size_t n) {
  g_cache = malloc(n);
  reset_cache();
  free(g_cache);
  reset_cache();
  g_cache = malloc(n);
}

// A function-local cache kept in a static: filled once, never a leak at the return.
const char *cached_name(const char *s) {
  static char *name;
  if (!name)
    name = malloc(64);
  if (name)
    name[0] = s[0];
  return name;
}
