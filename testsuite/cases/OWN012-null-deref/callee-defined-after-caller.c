// The allocating helper is defined after its caller, behind a prototype; its summary
// (may be NULL) is known when the caller is checked.
#include <stdlib.h>

struct point { double x, y; };

struct point *point_new(void);

struct point *origin(void) {
  struct point *p = point_new();
  p->x = 0; // expect-warning[OWN012]{{'p' may be NULL here}}
  p->y = 0;
  return p;
}

struct point *point_new(void) {
  return malloc(sizeof(struct point));
}
