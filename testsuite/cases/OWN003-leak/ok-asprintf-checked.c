// asprintf returns -1 on failure (the out-parameter is then undefined and owns
// nothing); on success the string is freed on every later path.
// expect-no-diagnostics
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>

int write_pidfile(const char *dir, int pid) {
  char *path;
  if (asprintf(&path, "%s/app.pid", dir) < 0)
    return -1;
  FILE *f = fopen(path, "w");
  free(path);
  if (!f)
    return -1;
  fprintf(f, "%d\n", pid);
  return fclose(f);
}
