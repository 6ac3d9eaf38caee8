// Unannotated version of the E0499 shape v.push(v.pop()): the argument of a writing
// call is computed by another writing call on the same object. No finding.
// expect-no-diagnostics

struct vec { int items[8]; int len; };
void vec_push(struct vec *v, int x);
int vec_pop(struct vec *v);

void rotate(struct vec *v) {
  vec_push(v, vec_pop(v));
}
