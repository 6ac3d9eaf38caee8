// Unannotated pointers that copy an owner are aliases of one object: freeing
// through one and reading through the other is a use after free (design.md 5).
#include <stdlib.h>

struct point { int x, y; };

int last_x(void) {
  struct point *p = malloc(sizeof *p);
  if (!p)
    return 0;
  p->x = 1;
  p->y = 2;
  struct point *q = p;
  free(p);
  return q->x; // expect-error[OWN001]{{use of 'q' after it was released}}
               // expect-note@-2{{released here by 'free'}}
}
