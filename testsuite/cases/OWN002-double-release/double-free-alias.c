// Two unannotated pointers to one block: releasing through both is a double free
// even though the names differ.
#include <stdlib.h>

struct item { int key; };

void replace(struct item **slot) {
  struct item *old = *slot;
  struct item *it = malloc(sizeof *it);
  if (!it)
    return;
  it->key = 0;
  struct item *tmp = it;
  free(it);
  free(tmp); // expect-error[OWN002]{{double release of 'tmp'}}
             // expect-note@-2{{first released here}}
  (void)old;
}
