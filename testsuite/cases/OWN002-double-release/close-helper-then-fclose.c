// out_close() flushes and fclose()s its stream (released, family fclose). The
// caller closes the stream again with fclose().
#include <stdio.h>

static int out_close(FILE *out) {
  int rc = fflush(out);
  if (fclose(out) != 0)
    rc = EOF;
  return rc;
}

int save(const char *path, const char *text) {
  FILE *out = fopen(path, "w");
  if (!out)
    return -1;
  fputs(text, out);
  int rc = out_close(out);
  fclose(out); // expect-error[OWN002]{{double release of 'out'}}
  return rc;
}
