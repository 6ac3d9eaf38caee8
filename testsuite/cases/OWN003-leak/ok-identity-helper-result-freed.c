// str_chomp() returns its argument (an alias of parameter 0): freeing the result
// frees the caller's block, so nothing leaks even though 'raw' itself is never
// passed to free(). No finding.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *str_chomp(char *s) {
  s[strcspn(s, "\r\n")] = '\0';
  return s;
}

int echo_line(FILE *in) {
  char *raw = malloc(128);
  if (!raw)
    return -1;
  if (!fgets(raw, 128, in)) {
    free(raw);
    return -1;
  }
  char *line = str_chomp(raw);
  puts(line);
  free(line);
  return 0;
}
