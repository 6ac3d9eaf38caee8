// Precision: a project's allocation wrappers. xmalloc's result is OWNED_BY(xfree)
// and xfree takes OWNED_BY(xfree): the family is the wrapper's, and releasing with it
// is right. (xfree itself forwards to free: its own body is checked too.)
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>
#include <ownck/ownership.h>

OWNED_BY(xfree) void *xmalloc(size_t n);

void xfree(OWNED_BY(xfree) void *p) {
  free(p);
}

int greet(const char *name) {
  size_t n = strlen(name) + 7;
  char *s = xmalloc(n);
  if (!s)
    return -1;
  strcpy(s, "hello ");
  strcat(s, name);
  xfree(s);
  return 0;
}
