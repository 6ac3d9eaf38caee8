// A release inside a loop followed by 'break' (or 'return') cannot run twice: the
// loop never reaches another iteration after it. No finding.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

int find_blank(FILE *in) {
  char *line = malloc(128);
  if (!line)
    return -1;
  int lineno = 0;
  while (fgets(line, 128, in)) {
    lineno++;
    if (line[0] == '\n') {
      free(line);
      return lineno;
    }
  }
  free(line);
  return 0;
}

void drain(FILE *in) {
  char *buf = malloc(64);
  if (!buf)
    return;
  for (;;) {
    if (!fgets(buf, 64, in)) {
      free(buf);
      break;
    }
  }
}
