// The single-exit style: every owner starts NULL (or -1), every failure does
// 'goto out', and 'out:' releases everything with NULL-safe calls. free(NULL) is a
// no-op; the stream and descriptor are closed only when they are valid.
// expect-no-diagnostics
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int load(const char *path, const char *log, size_t n) {
  int rc = -1;
  int fd = -1;
  char *buf = NULL;
  FILE *lf = NULL;

  fd = open(path, O_RDONLY);
  if (fd < 0)
    goto out;
  buf = malloc(n);
  if (!buf)
    goto out;
  lf = fopen(log, "a");
  if (!lf)
    goto out;
  if (read(fd, buf, n) < 0)
    goto out;
  fputs("loaded\n", lf);
  rc = 0;
out:
  if (lf)
    fclose(lf);
  free(buf);
  if (fd >= 0)
    close(fd);
  return rc;
}
