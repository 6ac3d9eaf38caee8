// Precision: a pipe end wrapped by fdopen() is closed with fclose(); a popen() stream
// with pclose(). Two streams of two families side by side, each with its own releaser.
// expect-no-diagnostics
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <unistd.h>

int relay(const char *cmd) {
  int fds[2];
  if (pipe(fds) != 0)
    return -1;
  FILE *w = fdopen(fds[1], "w");
  if (!w) {
    close(fds[0]);
    close(fds[1]);
    return -1;
  }
  FILE *p = popen(cmd, "r");
  if (!p) {
    fclose(w);
    close(fds[0]);
    return -1;
  }
  int c;
  while ((c = fgetc(p)) != EOF)
    fputc(c, w);
  pclose(p);
  fclose(w);
  close(fds[0]);
  return 0;
}
