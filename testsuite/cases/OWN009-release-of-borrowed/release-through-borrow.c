// Only the owner releases: freeing or moving through a BORROWED or MUT_BORROW
// pointer would leave the real owner with a dangling pointer (E0507).
#include <stdlib.h>
#include <ownck/ownership.h>

void consume(OWNED char *p);

void drop_borrowed(BORROWED char *p) {
  free(p); // expect-error[OWN009]{{cannot release 'p': it is only borrowed}}
}

void pass_borrowed(MUT_BORROW char *p) {
  consume(p); // expect-error[OWN009]{{cannot move out of 'p': it is only borrowed}}
}
