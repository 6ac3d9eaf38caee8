// The mirror image: freeing a value and then handing it to an OWNED parameter gives
// the callee a dangling owner.
#include <ownck/ownership.h>
#include <stdlib.h>

struct req { int id; };
void queue_take(OWNED struct req *r);

void retire(int id) {
  OWNED struct req *r = malloc(sizeof *r);
  if (!r)
    return;
  r->id = id;
  free(r);
  queue_take(r); // expect-error[OWN002]{{move of released value 'r'}}
                 // expect-note@-2{{released here}}
}
