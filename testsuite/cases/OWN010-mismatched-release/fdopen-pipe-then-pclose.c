// A pipe's read end wrapped with fdopen() and then closed with pclose(), as if it came
// from popen(). The FILE now owns the descriptor and belongs to fclose's family:
// pclose() on a stream popen() did not create is undefined (glibc waits for no child
// and leaks the stream).
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <unistd.h>

int read_child_status(int fd) {
  FILE *r = fdopen(fd, "r");
  if (!r) {
    close(fd);
    return -1;
  }
  int status = -1;
  if (fscanf(r, "%d", &status) != 1)
    status = -1;
  pclose(r); // expect-error[OWN010]{{'r' is released with the wrong function}}
             // expect-note@-9{{allocated here by 'fdopen'}}
  return status;
}
