// Several resources, each acquired under its own condition and remembered in its
// own flag, released in one cleanup block by testing each flag. Five flags give 32
// combinations, more than ownck keeps whole, so each object also records the flag
// value every path that has it shares (a guard). No finding.
// expect-no-diagnostics
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int want(int what);

int setup(const char *dir) {
  int have_buf = 0, have_log = 0, have_fd = 0, have_copy = 0, have_tmp = 0;
  char *buf, *copy, *tmp;
  FILE *log;
  int fd;
  int rc = -1;
  if (want(1)) {
    buf = malloc(4096);
    if (!buf)
      goto out;
    have_buf = 1;
  }
  if (want(2)) {
    log = fopen("setup.log", "a");
    if (!log)
      goto out;
    have_log = 1;
  }
  if (want(3)) {
    fd = open(dir, O_RDONLY);
    if (fd < 0)
      goto out;
    have_fd = 1;
  }
  if (want(4)) {
    copy = malloc(64);
    if (copy == NULL)
      goto out;
    have_copy = 1;
  }
  if (want(5)) {
    tmp = calloc(1, 32);
    if (!tmp)
      goto out;
    have_tmp = 1;
  }
  rc = 0;
out:
  if (have_tmp)
    free(tmp);
  if (have_copy)
    free(copy);
  if (have_fd)
    close(fd);
  if (have_log)
    fclose(log);
  if (have_buf)
    free(buf);
  return rc;
}
