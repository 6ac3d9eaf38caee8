// Precision: 'p == NULL', 'NULL == p', 'p != NULL' and 'NULL != p' are the same test
// in four spellings; each refines on the right edge.
// expect-no-diagnostics
#include <stdlib.h>

struct point {
  int x, y;
};

struct point *point_eq(int x, int y) {
  struct point *p = malloc(sizeof *p);
  if (p == NULL)
    return NULL;
  p->x = x;
  p->y = y;
  return p;
}

struct point *point_yoda(int x, int y) {
  struct point *p = malloc(sizeof *p);
  if (NULL == p)
    return NULL;
  p->x = x;
  p->y = y;
  return p;
}

struct point *point_ne(int x, int y) {
  struct point *p = malloc(sizeof *p);
  if (p != NULL) {
    p->x = x;
    p->y = y;
  }
  return p;
}

struct point *point_yoda_ne(int x, int y) {
  struct point *p = malloc(sizeof *p);
  if (NULL != p) {
    p->x = x;
    p->y = y;
  }
  return p;
}
