// MUT_BORROWs of two elements of one array, the second made after the first's last use.
// Rust: let a = &mut arr[0]; *a = 9; let b = &mut arr[1]; *b = 8;
// NLL accepts.
// rustc: accepted, no E0499/E0502.
// expect-no-diagnostics
#include <ownck/ownership.h>

int fill(void) {
  int arr[4] = {0};
  MUT_BORROW int *a = &arr[0];
  *a = 9;
  MUT_BORROW int *b = &arr[1];
  *b = 8;
  return arr[0] + arr[1];
}
