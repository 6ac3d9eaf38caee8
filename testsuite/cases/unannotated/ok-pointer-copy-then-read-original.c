// Unannotated version of an E0503 reborrow shape: 'q' is copied from 'p' (both point
// to 'x'), and 'x' is read while 'q' is used later. No borrow-conflict finding.
// expect-no-diagnostics

int demo(void) {
  int x = 1;
  int *p = &x;
  int *q = p;
  int n = x;
  *q = n + *p;
  return x;
}
