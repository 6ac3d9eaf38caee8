// open_ro() wraps open(2) and returns the descriptor: a fresh owned handle (family
// close, invalid when < 0). The caller leaks it when read() fails.
#include <fcntl.h>
#include <unistd.h>

static int open_ro(const char *path) {
  return open(path, O_RDONLY | O_CLOEXEC);
}

int read_magic(const char *path, unsigned char magic[4]) {
  int fd = open_ro(path);
  if (fd < 0)
    return -1;
  if (read(fd, magic, 4) != 4)
    return -1; // expect-error[OWN003]{{leak: 'fd' goes out of scope}}
  close(fd);
  return 0;
}
