// A suppression on the line after a finding does not cover it (it covers its own
// line and the next): the finding is reported and the comment is OWN014.
#include <stdlib.h>

void below(void) {
  char *p = malloc(8);
  free(p);
  free(p); // expect-error[OWN002]{{double release of 'p'}}
  // ownck: allow(OWN002): one line too late
  // expect-warning[OWN014]@-1{{unused suppression}}
}
