// A block allocated and freed in the same iteration is a new block each time: the
// free of one iteration does not meet the free of the next. No finding.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int count_long(FILE *in) {
  int n = 0;
  for (;;) {
    char *line = malloc(256);
    if (!line)
      return -1;
    if (!fgets(line, 256, in)) {
      free(line);
      break;
    }
    if (strlen(line) > 80)
      n++;
    free(line);
  }
  return n;
}

void join_words(const char **w, int n) {
  int i = 0;
  while (i < n) {
    char *s = strdup(w[i]);
    if (s) {
      puts(s);
      free(s);
    }
    i++;
  }
}
