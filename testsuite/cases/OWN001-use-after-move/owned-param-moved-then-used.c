// An OWNED parameter is owned by the function: once it has been moved on to another
// owner, the function may no longer use it.
#include <ownck/ownership.h>
#include <stdlib.h>

struct job { int id; struct job *next; };
struct pool { struct job *head; int count; };

void pool_adopt(struct pool *p, OWNED struct job *j);

int pool_submit(struct pool *p, OWNED struct job *j) {
  pool_adopt(p, j);
  return j->id; // expect-error[OWN001]{{use of moved value 'j'}}
                // expect-note@-2{{value moved here}}
}
