// Two levels of wrapping: conn_close() closes the socket and calls conn_free(),
// which frees the buffers and the struct. Both summaries say "releases parameter 0
// on every path"; the caller returns c->fd after closing the connection.
#include <stdlib.h>
#include <unistd.h>

struct conn { int fd; char *rbuf; char *wbuf; };

static void conn_free(struct conn *c) {
  free(c->rbuf);
  free(c->wbuf);
  free(c);
}

static void conn_close(struct conn *c) {
  if (c->fd >= 0)
    close(c->fd);
  conn_free(c);
}

int conn_shutdown(struct conn *c) {
  conn_close(c);
  return c->fd; // expect-error[OWN001]{{use of 'c' after it was released}}
}
