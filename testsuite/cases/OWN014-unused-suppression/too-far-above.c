// A suppression covers its own line and the next one only: two lines above the
// finding it silences nothing (OWN014) and the finding is reported.
#include <stdlib.h>

int too_far(int n) {
  char *p = malloc((size_t)n);
  if (!p)
    return -1;
  // expect-warning[OWN014]@+1{{unused suppression}}
  // ownck: allow(OWN003): two lines above the return
  n++;
  return n; // expect-error[OWN003]{{leak: 'p' goes out of scope}}
}
