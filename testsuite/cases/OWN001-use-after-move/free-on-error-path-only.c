// The error path releases and returns at once; the success path keeps using the
// buffer. No path uses it after the release.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

char *read_header(FILE *in) {
  char *buf = malloc(256);
  if (!buf)
    return NULL;
  if (!fgets(buf, 256, in)) {
    free(buf);
    return NULL;
  }
  if (buf[0] == '#')
    buf[0] = ' ';
  return buf;
}
