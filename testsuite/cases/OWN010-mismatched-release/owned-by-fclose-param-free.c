// An OWNED_BY(fclose) parameter: the function takes over a stream and must close it
// with fclose. Releasing it with free() is the wrong function, and the label points
// at the parameter that made this function the owner.
#include <stdio.h>
#include <stdlib.h>
#include <ownck/ownership.h>

int drain(OWNED_BY(fclose) FILE *in) {
  int n = 0;
  while (fgetc(in) != EOF)
    n++;
  free(in); // expect-error[OWN010]{{'in' is released with the wrong function}}
            // expect-note@-5{{'in' is owned by this function (OWNED parameter)}}
  return n;
}
