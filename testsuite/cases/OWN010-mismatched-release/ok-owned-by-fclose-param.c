// Precision: an OWNED_BY(fclose) parameter closed with fclose(), and an
// OWNED_BY(close) descriptor closed with close(): the declared family matches the
// releaser, on every path (including the early error return).
// expect-no-diagnostics
#include <stdio.h>
#include <unistd.h>
#include <ownck/ownership.h>

int consume_stream(OWNED_BY(fclose) FILE *in) {
  if (fgetc(in) == EOF) {
    fclose(in);
    return -1;
  }
  return fclose(in);
}

int consume_fd(OWNED_BY(close) int fd) {
  char buf[64];
  ssize_t n = read(fd, buf, sizeof buf);
  close(fd);
  return n < 0 ? -1 : 0;
}
