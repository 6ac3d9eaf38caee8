// close_stream() fclose()s its argument: a releaser of the fclose family. Handing it
// a stream from popen() is a mismatched release (pclose is needed).
#include <stdio.h>

static int close_stream(FILE *f) {
  int rc = ferror(f) ? -1 : 0;
  if (fclose(f) != 0)
    rc = -1;
  return rc;
}

int git_head(char *out, int n) {
  FILE *p = popen("git rev-parse HEAD", "r");
  if (!p)
    return -1;
  if (!fgets(out, n, p))
    out[0] = '\0';
  return close_stream(p); // expect-error[OWN010]
}
