// Daemonizing: /dev/null is duplicated onto the standard streams, then closed only
// if it is not one of them ('fd > STDERR_FILENO'). When open() returned 0, 1 or 2,
// that descriptor is a standard stream now and stays open on purpose. Reduced from
// redis src/server.c (daemonize). No finding.
// expect-no-diagnostics
#include <fcntl.h>
#include <unistd.h>

void daemonize(void) {
  int fd;
  if ((fd = open("/dev/null", O_RDWR, 0)) != -1) {
    dup2(fd, STDIN_FILENO);
    dup2(fd, STDOUT_FILENO);
    dup2(fd, STDERR_FILENO);
    if (fd > STDERR_FILENO)
      close(fd);
  }
}

void redirect_stdin(const char *path) {
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return;
  dup2(fd, 0);
  if (fd >= 3)
    close(fd);
}
