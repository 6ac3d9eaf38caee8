// close(fd); fd = -1; then a cleanup that closes only valid descriptors: the
// 'fd >= 0' guard excludes the closed one. No finding.
// expect-no-diagnostics
#include <fcntl.h>
#include <unistd.h>

int probe(const char *path) {
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return -1;
  char c;
  int rc = 0;
  if (read(fd, &c, 1) != 1) {
    close(fd);
    fd = -1;
    rc = -1;
  }
  if (fd >= 0)
    close(fd);
  return rc;
}
