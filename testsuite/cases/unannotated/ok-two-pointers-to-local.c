// Unannotated version of the E0499 shape: two writable pointers to one local.
// expect-no-diagnostics

int twice(void) {
  int x = 0;
  int *a = &x;
  int *b = &x;
  *b = 1;
  *a = 2;
  return x;
}
