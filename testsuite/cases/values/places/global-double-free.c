// A file-scope pointer that owns its block: the function allocates into it,
// frees it, then frees it again on the way out. A global is a place like any
// other within the function, so this is a double free.
#include <stdlib.h>
#include <string.h>

static char *g_buf;

int reload(const char *text) {
  g_buf = malloc(strlen(text) + 1);
  if (!g_buf)
    return -1;
  strcpy(g_buf, text);
  free(g_buf);
  free(g_buf); // expect-error[OWN002]
  return 0;
}
