// After the field is freed, a whole-struct assignment gives every field a new
// value: the free() that follows releases the new block, not the old one again.
// expect-no-diagnostics
#include <stdlib.h>

struct slot { char *p; size_t len; };

struct slot make(size_t n);

void cycle(size_t n) {
  struct slot s;
  s.p = malloc(n);
  s.len = n;
  free(s.p);
  s = make(n);
  free(s.p);
}

void clear(size_t n) {
  struct slot s;
  s.p = malloc(n);
  s.len = n;
  free(s.p);
  s = (struct slot){NULL, 0};
  free(s.p);
}
