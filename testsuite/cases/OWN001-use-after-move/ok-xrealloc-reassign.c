// xrealloc() releases its argument on every path that returns (realloc takes it over
// on success, the failure path exits) and returns a new owner that is never NULL.
// 'buf = xrealloc(buf, cap)' then leaves 'buf' holding the new block: using it is
// not a use after free, and nothing leaks. No finding.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

static void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n);
  if (!q) {
    perror("realloc");
    exit(EXIT_FAILURE);
  }
  return q;
}

char *read_all(FILE *in) {
  size_t len = 0, cap = 64;
  char *buf = xrealloc(NULL, cap);
  int c;
  while ((c = fgetc(in)) != EOF) {
    if (len + 1 == cap) {
      cap *= 2;
      buf = xrealloc(buf, cap);
    }
    buf[len++] = (char)c;
  }
  buf[len] = '\0';
  return buf;
}
