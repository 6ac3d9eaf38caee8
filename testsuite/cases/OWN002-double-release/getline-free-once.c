// getline owns and grows the buffer across calls (one block, realloc'd inside);
// it is freed once after the loop, including when getline fails at once. No finding.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

long count_lines(FILE *in) {
  char *line = NULL;
  size_t cap = 0;
  long n = 0;
  while (getline(&line, &cap, in) != -1)
    n++;
  free(line);
  return n;
}
