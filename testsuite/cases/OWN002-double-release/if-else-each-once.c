// Each arm of an if/else releases the block once: after the join it is released on
// every path and was never released twice. No finding.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

int emit(int to_file, const char *path) {
  char *buf = malloc(32);
  if (!buf)
    return -1;
  snprintf(buf, 32, "ok\n");
  if (to_file) {
    FILE *f = fopen(path, "w");
    if (f) {
      fputs(buf, f);
      fclose(f);
    }
    free(buf);
  } else {
    fputs(buf, stdout);
    free(buf);
  }
  return 0;
}
