// Precision: open_memstream() creates two owners at one call: the stream (closed with
// fclose) and the buffer behind the out-parameter (freed with free, and only after
// the stream is closed). Releasing each with its own function is the documented use.
// expect-no-diagnostics
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

size_t rendered_length(int x, int y) {
  char *buf = NULL;
  size_t len = 0;
  FILE *m = open_memstream(&buf, &len);
  if (!m)
    return 0;
  fprintf(m, "(%d, %d)", x, y);
  fclose(m);
  size_t n = strlen(buf);
  free(buf);
  return n;
}
