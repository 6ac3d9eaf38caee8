// alloc.c: buf_new() returns a fresh malloc-family owner (possibly NULL), buf_free()
// releases its parameter on every path. Nothing to report in this file itself.
// expect-no-diagnostics
#include <stdlib.h>

#include "alloc.h"

char *buf_new(size_t n) {
  return malloc(n);
}

void buf_free(char *b) {
  free(b);
}
