// Unannotated version of an E0506 shape: 'p.x' is written while a pointer to the
// whole 'p' is still used later. Plain C pointers may alias: no borrow-conflict finding.
// expect-no-diagnostics

struct point { int x, y; };

int demo(void) {
  struct point p = {0, 0};
  struct point *w = &p;
  p.x = 1;
  w->y = 2;
  return p.x + p.y;
}
