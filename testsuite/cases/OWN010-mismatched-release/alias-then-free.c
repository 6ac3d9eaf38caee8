// The stream is released through a copy of the pointer: unannotated copies are
// aliases of one object, so the family check applies whichever name is used.
#include <stdio.h>
#include <stdlib.h>

int first_byte(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return -1;
  FILE *cur = f;
  int c = fgetc(cur);
  free(cur); // expect-error[OWN010]{{'cur' is released with the wrong function}}
             // expect-note@-6{{allocated here by 'fopen'}}
  return c;
}
