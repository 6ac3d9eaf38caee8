// Unannotated version of the E0502 shape: the object is passed to a writing
// function while a const pointer to it is used later. No borrow-conflict finding.
// expect-no-diagnostics

struct vec { int items[8]; int len; };
void vec_init(struct vec *v);
void vec_push(struct vec *v, int x);
int vec_sum(const struct vec *v);

int fill(void) {
  struct vec v;
  vec_init(&v);
  const struct vec *r = &v;
  vec_push(&v, 1);
  return vec_sum(r);
}
