// One suppression names several rules (IDs and names, separated by commas): it
// silences a finding of each on its line and the next, and is used (no OWN014).
// The same function without it shows both findings are there.
#include <stdlib.h>

void silenced(void) {
  char *p = malloc(4);
  char *q = malloc(4);
  free(q);
  free(q); // ownck: allow(OWN002, leak): both on purpose, for this test
}

void control(void) {
  char *p = malloc(4);
  char *q = malloc(4);
  free(q);
  free(q); // expect-error[OWN002]{{double release of 'q'}}
} // expect-error[OWN003]{{leak: 'p' goes out of scope}}
