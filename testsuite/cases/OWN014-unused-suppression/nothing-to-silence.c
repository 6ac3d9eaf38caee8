// A suppression on a line where nothing is reported (the leak it was written for has
// been fixed) silences nothing: it is reported itself, so stale allow() comments do
// not pile up.
#include <stdlib.h>

void fixed(void) {
  char *p = malloc(4);
  // expect-warning[OWN014]@+1{{unused suppression: no finding it allows is reported on this line or the next}}
  free(p); // ownck: allow(OWN003): it used to leak here
}
