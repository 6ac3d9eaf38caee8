// nothing.c: nothing to suggest (an annotated function, functions without pointers,
// a function whose parameter is kept on some paths only): --apply-suggestions leaves
// it byte-identical.
#include <ownck/ownership.h>
#include <stdlib.h>

static char *g_last;

void keep_or_drop(char *p, int keep) {
  if (keep)
    g_last = p;
  else
    free(p);
}

OWNED NULLABLE char *make(size_t n) {
  return malloc(n);
}

int twice(int x) {
  return 2 * x;
}
