// The standard getline loop: one buffer reused (and grown) by every call, freed
// once after the loop, also when the loop is left early with 'break' or getline
// fails on the first call (the buffer may then be NULL or allocated: free both).
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

long count_nonblank(FILE *in) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  long n = 0;
  while ((len = getline(&line, &cap, in)) != -1) {
    if (strncmp(line, "__END__", 7) == 0)
      break;
    if (strspn(line, " \t\n") != (size_t)len)
      n++;
  }
  free(line);
  return n;
}
