// Unannotated version of the loop E0506 shape: 'x' is assigned while a pointer to it,
// taken in the previous iteration, is used later. No borrow-conflict finding.
// expect-no-diagnostics

void use_int(int v);

void demo(int n) {
  int x = 0;
  const int *prev = 0;
  for (int i = 0; i < n; i++) {
    x = i;
    if (prev)
      use_int(*prev);
    prev = &x;
  }
}
