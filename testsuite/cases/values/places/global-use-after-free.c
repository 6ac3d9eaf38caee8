// Freeing a global buffer and then writing to it in the same function (without
// re-allocating or clearing it) is a use after free.
#include <stdlib.h>

static char *g_line;
static size_t g_cap;

void line_reset(void) {
  g_line = malloc(128);
  if (!g_line)
    return;
  g_cap = 128;
  free(g_line);
  g_line[0] = '\0'; // expect-error[OWN001]
}
