// getenv() and strerror() return storage the caller does not own; freeing it
// corrupts the C library's data (CWE-590, CWE-763).
#include <stdlib.h>
#include <string.h>

void drop_home(void) {
  char *home = getenv("HOME");
  if (!home)
    return;
  free(home); // expect-error[OWN009]{{'home' is released, but it is not owned}}
}
