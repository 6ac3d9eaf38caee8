// A connect loop stores each new socket in 'c->fd' and, when connect fails,
// hands 'c' to a helper that closes 'c->fd' (hiredis' redisContextCloseFd /
// redisNetClose) before trying the next address. The helper receives 'c'
// through a non-const pointer, so what 'c->fd' held has escaped into it: the next
// 'c->fd = s' overwrites nothing owned.
// expect-no-diagnostics
#include <sys/socket.h>
#include <unistd.h>

struct ctx { int fd; };
void ctx_close_fd(struct ctx *c);   /* closes c->fd, sets it to -1 */

int try_connect(struct ctx *c, const struct sockaddr *a, socklen_t n, int tries) {
  for (int i = 0; i < tries; i++) {
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s == -1)
      continue;
    c->fd = s;
    if (connect(s, a, n) == -1) {
      ctx_close_fd(c);
      continue;
    }
    return 0;
  }
  return -1;
}
