// A stream that comes from popen() on one path and fopen() on the other, always
// closed with fclose(): on the popen path that is the wrong releaser. The may-
// analysis keeps both families, so the popen path is reported.
#include <stdio.h>

int read_source(const char *cmd, const char *path, char *line, int size) {
  FILE *in = cmd ? popen(cmd, "r") : fopen(path, "r");
  if (!in)
    return -1;
  int ok = fgets(line, size, in) != NULL;
  fclose(in); // expect-error[OWN010]{{'in' is released with the wrong function}}
              // expect-note@-5{{allocated here by 'popen'}}
  return ok ? 0 : -1;
}
