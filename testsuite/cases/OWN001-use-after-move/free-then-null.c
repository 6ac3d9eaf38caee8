// free(p); p = NULL; is the defensive idiom: after it p refers to nothing, so
// nothing is leaked, used or released twice, and free(NULL) is a no-op. No finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct cache { char *buf; size_t len; };

void cache_reset(struct cache *c) {
  free(c->buf);
  c->buf = NULL;
  c->len = 0;
}

int scratch(size_t n) {
  char *tmp = malloc(n);
  if (!tmp)
    return -1;
  memset(tmp, 0, n);
  free(tmp);
  tmp = NULL;
  return 0;
}
