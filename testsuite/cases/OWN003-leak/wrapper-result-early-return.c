// A thin wrapper around malloc: its summary says the result is a fresh owner of the
// malloc family (possibly NULL). The caller's early return for a bad line forgets
// to free it.
#include <stdio.h>
#include <stdlib.h>

static char *line_buf_new(size_t n) {
  return malloc(n);
}

int read_record(FILE *in, long *out) {
  char *line = line_buf_new(256);
  if (!line)
    return -1;
  if (!fgets(line, 256, in))
    return -1; // expect-error[OWN003]{{leak: 'line' goes out of scope}}
  *out = strtol(line, NULL, 10);
  free(line);
  return 0;
}
