// Unannotated version of an E0503 shape: a pointer into the vector returned by a
// function is still used after the vector is read directly. No finding.
// expect-no-diagnostics

struct vec { int items[8]; int len; };
int *vec_slot(struct vec *v, int i);

void stamp(struct vec *v) {
  int *slot = vec_slot(v, 0);
  int n = v->len;
  *slot = n;
}
