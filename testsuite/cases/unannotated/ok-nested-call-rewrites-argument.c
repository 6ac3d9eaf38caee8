// Unannotated version of the E0502 shape add(&a, rewrite(&mut a)): a nested call
// writes the object that an earlier argument points to. No borrow-conflict finding.
// expect-no-diagnostics

struct num { int v; };
int add(const struct num *x, int y);
int rewrite(struct num *n);

int demo(void) {
  struct num a = {1};
  return add(&a, rewrite(&a));
}
