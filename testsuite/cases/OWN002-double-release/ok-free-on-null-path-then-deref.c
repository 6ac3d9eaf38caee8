// A parameter tested for NULL and then dereferenced is not NULL from the
// dereference on: the path on which it was NULL would have crashed there. Here
// 'p' is freed only on that path, so the free after the dereference is no double
// release.
// expect-no-diagnostics
#include <stdlib.h>

struct conf { int level; };

void apply(struct conf *c) {
  char *p = malloc(16);
  if (!p)
    return;
  if (!c)
    free(p);
  c->level = 1;
  free(p);
}
