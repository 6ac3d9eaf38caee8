// getenv() and strerror() return storage the caller does not own; freeing it
// corrupts the C library's data (CWE-590, CWE-763).
// rustc: no safe equivalent; the nearest is E0507 (releasing what is not owned).
#include <stdlib.h>
#include <string.h>

void drop_home(void) {
  char *home = getenv("HOME");
  if (!home)
    return;
  free(home); // expect-error[OWN009]{{'home' is released, but it is not owned}}
}
