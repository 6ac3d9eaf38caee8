// A helper that fclose()s its argument given a stream from fopen(): the fclose
// family on both sides. No finding.
// expect-no-diagnostics
#include <stdio.h>

static int close_stream(FILE *f) {
  int rc = ferror(f) ? -1 : 0;
  if (fclose(f) != 0)
    rc = -1;
  return rc;
}

int save(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  if (!f)
    return -1;
  fputs(text, f);
  return close_stream(f);
}
