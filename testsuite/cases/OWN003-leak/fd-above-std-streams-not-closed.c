// 'fd > STDERR_FILENO' only excuses the standard streams: a descriptor above them
// that is not closed on that path still leaks.
#include <fcntl.h>
#include <unistd.h>

int probe(const char *path) {
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return -1;
  if (fd > STDERR_FILENO) {
    char c;
    if (read(fd, &c, 1) != 1)
      return -1; // expect-error[OWN003]{{leak: 'fd' goes out of scope while it still owns its value}}
                 // expect-note@-7{{allocated here by 'open'}}
    close(fd);
    return c;
  }
  return 0;
}
