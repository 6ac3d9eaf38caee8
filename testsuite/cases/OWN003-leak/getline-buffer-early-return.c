// getline allocates (and grows) *lineptr; the caller must free it even when
// getline fails. Here a parse error returns from inside the loop and leaks the
// line buffer.
#include <stdio.h>
#include <stdlib.h>

int sum_lines(FILE *in, long *total) {
  char *line = NULL;
  size_t cap = 0;
  *total = 0;
  while (getline(&line, &cap, in) != -1) { // expect-note{{allocated here by 'getline'}}
    char *end;
    long v = strtol(line, &end, 10);
    if (end == line)
      return -1; // expect-error[OWN003]{{leak: 'line' goes out of scope while it still owns its value}}
    *total += v;
  }
  free(line);
  return 0;
}
