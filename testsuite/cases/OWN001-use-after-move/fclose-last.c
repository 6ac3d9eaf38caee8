// A FILE is used on every path and closed only after its last use, including on
// the error path that still reads errno-like state from it.
// expect-no-diagnostics
#include <stdio.h>

int count_lines(const char *path) {
  FILE *f = fopen(path, "r");
  if (!f)
    return -1;
  int n = 0, ch;
  while ((ch = fgetc(f)) != EOF)
    if (ch == '\n')
      n++;
  if (ferror(f)) {
    fclose(f);
    return -1;
  }
  fclose(f);
  return n;
}
