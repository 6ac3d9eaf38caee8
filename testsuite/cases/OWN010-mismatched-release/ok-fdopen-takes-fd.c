// Precision: fdopen() takes the descriptor over on success; the FILE is then closed
// with fclose(), which closes the fd too, and nothing closes the fd again. On failure
// the caller still owns the fd and closes it. Both paths are right.
// expect-no-diagnostics
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int write_pidfile(const char *path) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0)
    return -1;
  FILE *f = fdopen(fd, "w");
  if (!f) {
    close(fd);
    return -1;
  }
  fprintf(f, "%ld\n", (long)getpid());
  return fclose(f);
}
