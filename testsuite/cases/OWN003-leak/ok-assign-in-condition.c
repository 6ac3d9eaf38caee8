// 'if ((p = malloc(n)) == NULL)': the assignment inside the condition is the
// value tested, so the NULL edge owns nothing. The same with fopen and '!'.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

int copy_file(const char *path, size_t n) {
  char *p;
  FILE *f;
  if ((p = malloc(n)) == NULL)
    return -1;
  if (!(f = fopen(path, "rb"))) {
    free(p);
    return -1;
  }
  size_t got = fread(p, 1, n, f);
  fclose(f);
  free(p);
  return got == n ? 0 : -1;
}
