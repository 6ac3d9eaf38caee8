// Releasing memory that was allocated, or that the caller handed over (an
// unannotated pointer parameter), is not OWN009.
// rustc: accepted, no E0507.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void drop(char *p) {
  free(p);
}

void copy_env(void) {
  const char *home = getenv("HOME");
  if (!home)
    return;
  char *mine = strdup(home);
  free(mine);
}
