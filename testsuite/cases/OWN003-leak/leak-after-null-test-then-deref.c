// The NULL test of a parameter and its later dereference keep only the path on
// which it is not NULL; what happens on that path is still checked: the early
// return leaks 'buf'.
#include <stdlib.h>

struct conf { int level; };

void use_conf(struct conf *c);

int configure(struct conf *c) {
  char *buf = malloc(16);
  if (!buf)
    return -1;
  if (c && c->level > 0)
    use_conf(c);
  c->level = 2;
  if (c->level == 3)
    return 0;  // expect-error[OWN003]
  free(buf);
  return 1;
}
