// 'p = realloc(p, n)' followed by a NULL check that ends the process (abort, or
// a fatal-error helper that aborts): the old block is lost only on a path that
// never continues, so nothing leaks (redis' deps/lua/src/strbuf.c).
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

static void die(const char *msg) {
  fprintf(stderr, "%s\n", msg);
  abort();
}

struct strbuf { char *buf; size_t size; };

void strbuf_resize(struct strbuf *s, size_t n) {
  s->buf = realloc(s->buf, n);
  if (!s->buf)
    die("out of memory");
  s->size = n;
}

char *grow(char *p, size_t n) {
  p = realloc(p, n);
  if (!p)
    abort();
  return p;
}
