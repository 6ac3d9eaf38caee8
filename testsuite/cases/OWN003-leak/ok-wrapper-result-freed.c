// The fresh owner returned by an allocating wrapper is freed on every path. No
// finding.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

static char *line_buf_new(size_t n) {
  return malloc(n);
}

int read_record(FILE *in, long *out) {
  char *line = line_buf_new(256);
  if (!line)
    return -1;
  if (!fgets(line, 256, in)) {
    free(line);
    return -1;
  }
  *out = strtol(line, NULL, 10);
  free(line);
  return 0;
}
