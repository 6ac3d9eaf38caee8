// Precision: 'p ? p->x : 0' and 'p == NULL ? 0 : p->x': the dereference is in the arm
// where p is known non-NULL.
// expect-no-diagnostics
#include <stddef.h>
#include <ownck/ownership.h>

struct conn {
  int fd;
  const char *peer;
};

int conn_fd(NULLABLE const struct conn *c) {
  return c ? c->fd : -1;
}

const char *conn_peer(NULLABLE const struct conn *c) {
  return c == NULL ? "(none)" : c->peer;
}
