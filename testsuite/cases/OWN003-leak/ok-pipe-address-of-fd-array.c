// 'pipe((int *)&fds)' passes the address of the whole array (the same address
// as 'fds'): pipe fills fds[0] and fds[1], both closed below, and on failure it
// opens nothing. Written so in libuv's test runner ('pipe((int*)&(args.pipe))').
// expect-no-diagnostics
#include <unistd.h>

int make_pipe(void) {
  int fds[2];
  if (pipe((int *)&fds) != 0)
    return -1;
  char c = 'x';
  ssize_t n = write(fds[1], &c, 1);
  close(fds[0]);
  close(fds[1]);
  return n == 1 ? 0 : -1;
}
