// Unannotated version of an E0506 shape: '*s' is overwritten while a pointer to
// 's->count' is still used later. No borrow-conflict finding.
// expect-no-diagnostics

struct stats { int count; int total; };
void use_int(int v);

void clear(struct stats *s) {
  const int *c = &s->count;
  *s = (struct stats){0, 0};
  use_int(*c);
}
