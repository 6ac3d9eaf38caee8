// A file descriptor from open(2) leaks when read(2) fails: the error path returns
// without close. Descriptors are owned handles (invalid when < 0), tracked like
// pointers.
#include <fcntl.h>
#include <unistd.h>

int read_pid_file(const char *path, char *buf, size_t n) {
  int fd = open(path, O_RDONLY); // expect-note{{allocated here by 'open'}}
  if (fd < 0)
    return -1;
  ssize_t got = read(fd, buf, n - 1);
  if (got <= 0)
    return -1; // expect-error[OWN003]{{leak: 'fd' goes out of scope while it still owns its value}}
  buf[got] = '\0';
  close(fd);
  return 0;
}
