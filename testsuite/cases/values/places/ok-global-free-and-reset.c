// A global owner handled correctly: freed and cleared before a second free()
// (a no-op on NULL), or freed and immediately given a new block. Storing a block
// in a global at the end of a function is not a leak.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

static char *g_buf;

void buf_shutdown(void) {
  free(g_buf);
  g_buf = NULL;
  free(g_buf);
}

int buf_replace(const char *text) {
  char *p = strdup(text);
  if (!p)
    return -1;
  free(g_buf);
  g_buf = p;
  return 0;
}

int buf_grow(size_t n) {
  free(g_buf);
  g_buf = malloc(n);
  return g_buf ? 0 : -1;
}
