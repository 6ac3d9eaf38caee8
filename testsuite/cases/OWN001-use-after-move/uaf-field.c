// Unannotated code: reading a field after free() is a use after free, found through
// the libc model of malloc/free with no annotation at all.
#include <stdlib.h>

struct conn { int fd; char *peer; };

int conn_close(struct conn *c);

int drop_connection(int fd) {
  struct conn *c = malloc(sizeof *c);
  if (!c)
    return -1;
  c->fd = fd;
  c->peer = NULL;
  free(c);
  return c->fd; // expect-error[OWN001]{{use of 'c' after it was released}}
                // expect-note@-2{{released here by 'free'}}
                // expect-note@-8{{allocated here by 'malloc'}}
}
