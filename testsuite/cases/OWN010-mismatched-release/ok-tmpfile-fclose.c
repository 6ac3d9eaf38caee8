// Precision: tmpfile() returns a stream of fclose's family (the file is deleted when
// it is closed). Spooling through it and closing it with fclose() is correct.
// expect-no-diagnostics
#include <stdio.h>

long spool_size(const char *data) {
  FILE *t = tmpfile();
  if (t == NULL)
    return -1;
  fputs(data, t);
  long n = ftell(t);
  fclose(t);
  return n;
}
