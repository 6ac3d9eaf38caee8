// A struct passed by value carries its owners into the callee: a destructor that
// takes the struct by value and frees 'p.key' a second time (a copy-paste slip)
// is a double free.
#include <stdlib.h>

struct pair { char *key; char *value; };

void pair_free(struct pair p) {
  free(p.key);
  free(p.value);
  free(p.key); // expect-error[OWN002]
}
