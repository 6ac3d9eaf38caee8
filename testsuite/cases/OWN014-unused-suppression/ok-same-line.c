// A suppression on the line of the finding silences it, and is used (no OWN014).
// The same function without it shows the finding is there.
#include <stdlib.h>

void silenced(void) {
  char *p = malloc(4);
  free(p);
  free(p); // ownck: allow(OWN002)
}

void control(void) {
  char *p = malloc(4);
  free(p);
  free(p); // expect-error[OWN002]{{double release of 'p'}}
}
