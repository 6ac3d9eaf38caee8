// The /* */ form works too, on the line of the finding (before or after the code)
// and on the line before it. The same code without it shows the findings are there.
#include <stdlib.h>

void silenced(void) {
  char *p = malloc(8);
  free(p);
  /* ownck: allow(OWN002) */ free(p);
}

void silenced2(void) {
  char *p = malloc(8);
  free(p);
  free(p); /* ownck: allow(OWN002): the block form, after the code */
}

void silenced3(void) {
  char *p = malloc(8);
  free(p);
  /* ownck: allow(OWN002): the block form, on the line before */
  free(p);
}

void control(void) {
  char *p = malloc(8);
  free(p);
  free(p); // expect-error[OWN002]{{double release of 'p'}}
}
