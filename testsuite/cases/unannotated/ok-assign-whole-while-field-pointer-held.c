// Unannotated version of the E0506 shape: the whole struct is assigned while a pointer
// to one of its fields is used later (the struct is still alive: fine in C).
// expect-no-diagnostics

struct point { int x, y; };
void use_int(int v);

void reset(void) {
  struct point p = {5, 6};
  const int *ry = &p.y;
  p = (struct point){1, 2};
  use_int(*ry);
}
