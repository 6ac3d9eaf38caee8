// Unannotated version of the E0499 shape Pair { a: &mut x, b: &mut x }: a designated
// initializer puts two writable pointers to one local into a struct. No finding.
// expect-no-diagnostics

struct pair { int *a; int *b; };

int demo(void) {
  int x = 0;
  struct pair pr = {.a = &x, .b = &x};
  *pr.a = 1;
  *pr.b = 2;
  return x;
}
