// The address of a member given to a function that only reads through it
// ('const struct req *') does not hand the block over: unlike the container_of
// idiom (ok-member-address-to-unknown-code.c), nothing can free it later.
#include <stdlib.h>

struct req { int kind; };
struct conn { int fd; struct req req; };

int req_kind(const struct req *r);

int peek(void) {
  struct conn *pc = malloc(sizeof *pc);
  if (!pc)
    return -1;
  pc->req.kind = 1;
  return req_kind(&pc->req);  // expect-error[OWN003]
}
