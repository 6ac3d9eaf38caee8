// allow() naming no rule at all silences nothing: OWN014, and the leak is reported.
#include <stdlib.h>

void empty(void) {
  // expect-warning[OWN014]@+1{{unused suppression}}
  char *p = malloc(4); // ownck: allow()
} // expect-error[OWN003]{{leak: 'p' goes out of scope}}
