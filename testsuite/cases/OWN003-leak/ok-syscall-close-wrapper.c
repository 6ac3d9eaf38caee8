// A close() wrapper that makes the raw system call (libuv's uv__close_nocancel):
// syscall(2) may close, keep or hand over what it is given, so the wrapper's
// parameter escapes, as it did when the wrapper was a black box. Its summary must
// not turn it into a parameter that is only read, which would report the
// descriptor closed through it as leaked. No finding.
// expect-no-diagnostics
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

static int close_nocancel(int fd) {
  return (int)syscall(SYS_close, fd);
}

int probe(const char *path) {
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return -1;
  char c;
  int n = (int)read(fd, &c, 1);
  close_nocancel(fd);
  return n;
}
