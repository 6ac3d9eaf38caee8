// A rule named by a misspelled name ('lek' for 'leak') is no rule: OWN014, and the
// leak is still reported.
#include <stdlib.h>

int misspelled_name(int n) {
  char *p = malloc((size_t)n);
  if (!p)
    return -1;
  // expect-warning[OWN014]@+1{{names 'lek', which is no rule}}
  // ownck: allow(lek)
  return n; // expect-error[OWN003]{{leak: 'p' goes out of scope}}
}
