// An OWNED_BY(close) descriptor handed to a project's pool releaser, which takes
// OWNED_BY(conn_release) handles only: int handles have families too, and mixing a
// plain fd into the connection pool returns a descriptor the pool never opened.
#include <fcntl.h>
#include <unistd.h>
#include <ownck/ownership.h>

void conn_release(OWNED_BY(conn_release) int conn);

void serve_file(OWNED_BY(close) int fd) {
  char buf[512];
  while (read(fd, buf, sizeof buf) > 0) {
  }
  conn_release(fd); // expect-error[OWN010]{{'fd' is released with the wrong function}}
}
