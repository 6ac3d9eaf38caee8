// Precision: assert(p) expands to a conditional call of a noreturn function
// (__assert_fail); the path where p is NULL ends there.
// expect-no-diagnostics
#include <assert.h>
#include <stdlib.h>

int *counters(size_t n) {
  int *c = calloc(n, sizeof *c);
  assert(c);
  c[0] = 1;
  return c;
}

int *counters_ne(size_t n) {
  int *c = calloc(n, sizeof *c);
  assert(c != NULL && "out of memory");
  c[0] = 1;
  return c;
}
