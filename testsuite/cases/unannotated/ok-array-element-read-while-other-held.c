// Unannotated version of an E0503 shape: 'arr[1]' is read while a pointer to
// 'arr[0]' is used later. No borrow-conflict finding.
// expect-no-diagnostics

int demo(void) {
  int arr[4] = {1, 2, 3, 4};
  int *a0 = &arr[0];
  int n = arr[1];
  *a0 = n;
  return arr[0];
}
