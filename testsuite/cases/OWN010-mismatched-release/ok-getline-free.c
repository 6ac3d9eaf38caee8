// Precision: getline()'s buffer is malloc'd (and realloc'd) by libc and freed with
// free() after the loop, even when getline fails at end of file.
// expect-no-diagnostics
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>

long longest_line(FILE *in) {
  char *line = NULL;
  size_t cap = 0;
  long best = 0;
  ssize_t n;
  while ((n = getline(&line, &cap, in)) != -1)
    if (n > best)
      best = n;
  free(line);
  return best;
}
