// Releasing or reassigning an owner while a borrow of it is still used later
// leaves that borrow dangling (E0505, E0506). One finding per conflict: the later use
// of the borrow is a note of it, not a use after release of its own.
#include <stdlib.h>
#include <ownck/ownership.h>

struct vec { int *data; int len; };
int sum(BORROWED const struct vec *v);

int total(OWNED struct vec *v) {
  BORROWED const struct vec *r = v;
  free(v); // expect-error[OWN005]{{cannot release or move 'v' while it is borrowed by 'r'}}
  return sum(r); // one finding: the use of 'r' is the borrow's later use, not a new OWN001
}

int reset(struct vec *v, struct vec *fresh) {
  BORROWED const struct vec *r = v;
  v = fresh; // expect-error[OWN005]{{cannot assign to 'v' while it is borrowed by 'r'}}
  return sum(r) + sum(v);
}
