// Precision: the project's check macro, 'CHECK_ALLOC(p)' expanding to
// 'do { if (!(p)) die(...); } while (0)' with a noreturn die(): after the macro p is
// non-NULL. Macros are seen expanded.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

_Noreturn void die(const char *what);

#define CHECK_ALLOC(p)                                                                \
  do {                                                                                \
    if (!(p))                                                                         \
      die("out of memory: " #p);                                                      \
  } while (0)

#define RETURN_IF_NULL(p, rv)                                                         \
  do {                                                                                \
    if ((p) == NULL)                                                                  \
      return (rv);                                                                    \
  } while (0)

double *vector(size_t n) {
  double *v = malloc(n * sizeof *v);
  CHECK_ALLOC(v);
  v[0] = 0.0;
  return v;
}

int first_char(const char *path) {
  FILE *f = fopen(path, "r");
  RETURN_IF_NULL(f, -1);
  int c = fgetc(f);
  fclose(f);
  return c;
}
