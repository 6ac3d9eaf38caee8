// Unannotated version of an E0499 shape: two elements of one array passed to two
// writable parameters of one call. No borrow-conflict finding.
// expect-no-diagnostics

void swap_ints(int *a, int *b);

int demo(void) {
  int arr[4] = {1, 2, 3, 4};
  swap_ints(&arr[0], &arr[1]);
  return arr[0];
}
