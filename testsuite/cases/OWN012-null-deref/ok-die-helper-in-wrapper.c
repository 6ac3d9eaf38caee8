// xcalloc() calls die() on NULL, and die() always ends in exit() (inferred noreturn,
// no annotation). So xcalloc never returns NULL and its result may be used at once.
// No finding.
// expect-no-diagnostics
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static void die(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  exit(2);
}

static void *xcalloc(size_t n, size_t size) {
  void *p = calloc(n, size);
  if (!p)
    die("out of memory: %zu x %zu\n", n, size);
  return p;
}

struct table { size_t n; long *cells; };

struct table *table_new(size_t n) {
  struct table *t = xcalloc(1, sizeof *t);
  t->n = n;
  t->cells = xcalloc(n ? n : 1, sizeof *t->cells);
  return t;
}
