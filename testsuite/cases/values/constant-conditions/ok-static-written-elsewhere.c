// 'verbose' is a file-scope static that another function of the file sets, so its
// value is not folded: 'if (verbose)' is a test each path answers, and the two
// tests agree (nothing writes it in between).
// expect-no-diagnostics
#include <stdlib.h>
#include <stdio.h>

static int verbose;

void set_verbose(int on) { verbose = on; }

void report(const char *what) {
  char *line = NULL;
  if (verbose) {
    line = malloc(64);
    if (!line)
      return;
    snprintf(line, 64, "report: %s", what);
    puts(line);
  }
  if (verbose)
    free(line);
}
