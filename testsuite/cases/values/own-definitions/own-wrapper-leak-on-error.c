// A file-local constructor that allocates with calloc() and returns the object:
// the caller owns the result, and the error path returns without destroying it.
#include <stdlib.h>

struct conn { int fd; char *rbuf; };

static struct conn *conn_new(void) {
  struct conn *c = calloc(1, sizeof *c);
  if (!c)
    return NULL;
  c->fd = -1;
  return c;
}

int conn_start(int fd) {
  struct conn *c = conn_new();
  if (!c)
    return -1;
  if (fd < 0)
    return -1; // expect-error[OWN003]
  c->fd = fd;
  free(c);
  return 0;
}
