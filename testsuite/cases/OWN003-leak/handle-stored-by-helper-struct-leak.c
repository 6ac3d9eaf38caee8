// conn_new() stores the descriptor it is given in the struct it returns (libuv's
// test-poll create_connection_context): its parameter is kept, not only read, so
// the caller's descriptor is not leaked when it goes out of scope. The struct is:
// the caller never frees it.
#include <stdlib.h>
#include <sys/socket.h>

struct conn { int fd; int events; };

static struct conn *conn_new(int fd) {
  struct conn *c = malloc(sizeof *c);
  if (!c)
    abort();
  c->fd = fd;
  c->events = 0;
  return c;
}

int accept_one(int server) {
  int fd = accept(server, NULL, NULL);
  if (fd < 0)
    return -1;
  struct conn *c = conn_new(fd);
  return c->events; // expect-error[OWN003]{{leak: 'c' goes out of scope}}
}
