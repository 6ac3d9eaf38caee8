// A handle from a project allocator declared OWNED_BY(conn_release) closed with the
// libc close(): the pool's slot is never returned. The family comes from the
// annotation on the allocator's declaration.
#include <unistd.h>
#include <ownck/ownership.h>

OWNED_BY(conn_release) int conn_acquire(const char *host);
void conn_release(OWNED_BY(conn_release) int conn);

int ping(const char *host) {
  int c = conn_acquire(host);
  if (c < 0)
    return -1;
  ssize_t n = write(c, "PING\r\n", 6);
  close(c); // expect-error[OWN010]{{'c' is released with the wrong function}}
  return n == 6 ? 0 : -1;
}
