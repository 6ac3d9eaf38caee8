// Precision: 'if (!p) abort();', 'if (!p) exit(1);' and 'if (!p) err(1, ...)': the
// NULL path ends in a noreturn call, so p is non-NULL afterwards.
// expect-no-diagnostics
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *must_copy(const char *s) {
  char *c = strdup(s);
  if (!c)
    abort();
  c[0] = c[0];
  return c;
}

int *must_alloc(size_t n) {
  int *v = malloc(n * sizeof *v);
  if (v == NULL) {
    fputs("out of memory\n", stderr);
    exit(1);
  }
  v[0] = 0;
  return v;
}

FILE *must_open(const char *path) {
  FILE *f = fopen(path, "r");
  if (!f)
    err(1, "%s", path);
  setvbuf(f, NULL, _IOFBF, 1 << 16);
  return f;
}
