// stream_close() releases its stream on every path, but with pclose() on one path
// and fclose() on the other: its family is not one family. Passing it a popen()ed
// stream (with the flag that selects pclose) must not be a mismatched release. No
// finding.
// expect-no-diagnostics
#include <stdio.h>

static int stream_close(FILE *f, int is_pipe) {
  if (is_pipe)
    return pclose(f);
  return fclose(f);
}

int read_source(const char *src, int is_cmd, char *line, int n) {
  FILE *f = is_cmd ? popen(src, "r") : fopen(src, "r");
  if (!f)
    return -1;
  if (!fgets(line, n, f))
    line[0] = '\0';
  return stream_close(f, is_cmd);
}
