// The function stores a fresh block in a global and then stores another one over
// it: the first block is unreachable from the moment of the second assignment.
#include <stdlib.h>
#include <string.h>

static char *g_path;

int set_paths(const char *dir, const char *file) {
  g_path = strdup(dir);
  if (!g_path)
    return -1;
  g_path = strdup(file); // expect-error[OWN003]
  return g_path ? 0 : -1;
}
