/* fd_copy.c: copies one file to another with open/read/write/close.
 *
 * File descriptors are owned handles too: ownck's POSIX model knows that open()
 * returns one (invalid when < 0) and close() releases it, so a descriptor that an
 * error path forgets to close is a leak, just like memory. copy_fd() marks its
 * buffer MUT_BORROW: without it, a buffer passed to a function ownck knows nothing
 * about is assumed to escape, and its leak is reported only with --strict.
 * Try: ownck examples/fd_copy.c
 */
#include <ownck/ownership.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

enum { BUFSZ = 64 * 1024 };

/* Copies everything from 'in' to 'out'; returns 0 or -1. */
static int copy_fd(int in, int out, MUT_BORROW char *buf) {
  ssize_t n;
  while ((n = read(in, buf, BUFSZ)) > 0)
    if (write(out, buf, (size_t)n) != n)
      return -1;
  return n < 0 ? -1 : 0;
}

static int copy_file(const char *src, const char *dst) {
  int in = open(src, O_RDONLY);
  if (in < 0) {
    perror(src);
    return -1;
  }
  int out = open(dst, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (out < 0) {
    perror(dst);
    return -1; /* BUG: 'in' is still open */
  }
  char *buf = malloc(BUFSZ);
  if (!buf) {
    close(out);
    close(in);
    return -1;
  }
  int rc = copy_fd(in, out, buf);
  if (rc != 0) {
    close(out);
    close(in);
    return -1; /* BUG: 'buf' is not freed on a failed copy */
  }
  free(buf);
  if (close(out) != 0)
    rc = -1;
  close(in);
  return rc;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s SRC DST\n", argv[0]);
    return 2;
  }
  return copy_file(argv[1], argv[2]) == 0 ? 0 : 1;
}
