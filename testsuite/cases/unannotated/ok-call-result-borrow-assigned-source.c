// Unannotated version of the BORROWED_FROM E0506 shape: a pointer returned from a
// lookup is kept while the container it came from is reassigned. No finding.
// expect-no-diagnostics

struct vec { int items[8]; int len; };
const int *vec_at(const struct vec *v, const struct vec *w, int i);
void use_int(int x);

void demo(void) {
  struct vec a = {{1, 2}, 2}, b = {{3}, 1};
  const int *e = vec_at(&a, &b, 0);
  a = (struct vec){{0}, 0};
  use_int(*e);
}
