// allow() of the wrong rule on a line with another rule's finding: that finding is
// still reported, AND the allow is OWN014 (it silences nothing).
#include <stdlib.h>

void wrong_rule(void) {
  char *p = malloc(8);
  free(p);
  // expect-warning[OWN014]@+1{{unused suppression}}
  free(p); // ownck: allow(OWN003): the wrong rule, this is a double free
           // expect-error[OWN002]@-1{{double release of 'p'}}
}
