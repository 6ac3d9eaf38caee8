// A suppression on the line before the finding silences it (no OWN014). The same
// function without it shows the finding is there.
#include <stdlib.h>

int silenced(int n) {
  char *p = malloc((size_t)n);
  if (!p)
    return -1;
  // ownck: allow(OWN003)
  return n;
}

int control(int n) {
  char *p = malloc((size_t)n);
  if (!p)
    return -1;
  return n; // expect-error[OWN003]{{leak: 'p' goes out of scope}}
}
