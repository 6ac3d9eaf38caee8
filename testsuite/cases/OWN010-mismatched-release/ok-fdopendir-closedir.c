// Precision: fdopendir() takes the descriptor over; closedir() then closes both, and
// the fd is closed by hand only when fdopendir fails.
// expect-no-diagnostics
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

int list_at(int dirfd_parent, const char *name) {
  int fd = openat(dirfd_parent, name, O_RDONLY | O_DIRECTORY);
  if (fd < 0)
    return -1;
  DIR *d = fdopendir(fd);
  if (d == NULL) {
    close(fd);
    return -1;
  }
  int n = 0;
  while (readdir(d) != NULL)
    n++;
  closedir(d);
  return n;
}
