// A goto chain where a step closes the descriptor and then jumps to a label that
// closes it again: double close on the error path only.
#include <fcntl.h>
#include <unistd.h>

int copy_prefix(const char *path, char *dst, size_t n) {
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return -1;
  if (read(fd, dst, n) < 0) {
    close(fd);
    goto err;
  }
  close(fd);
  return 0;
err:
  close(fd); // expect-error[OWN002]{{double release of 'fd'}}
             // expect-note@-7{{first released here}}
  return -1;
}
