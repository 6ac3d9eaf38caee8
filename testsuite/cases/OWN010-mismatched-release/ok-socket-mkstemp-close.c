// Precision: descriptors from socket() and mkstemp() are released with close(), the
// family of every int handle in the POSIX models.
// expect-no-diagnostics
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

int probe_socket(void) {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  if (s == -1)
    return -1;
  close(s);
  return 0;
}

int scratch_file(char *tmpl) {
  int fd = mkstemp(tmpl);
  if (fd < 0)
    return -1;
  ssize_t n = write(fd, "x", 1);
  close(fd);
  unlink(tmpl);
  return n == 1 ? 0 : -1;
}
