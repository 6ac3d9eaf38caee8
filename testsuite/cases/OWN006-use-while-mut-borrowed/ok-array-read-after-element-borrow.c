// Reading another element once the MUT_BORROW of 'arr[0]' is dead.
// Rust: let a0 = &mut arr[0]; *a0 = 5; let n = arr[1];
// NLL accepts.
// rustc: accepted, no E0503.
// expect-no-diagnostics
#include <ownck/ownership.h>

int demo(void) {
  int arr[4] = {1, 2, 3, 4};
  MUT_BORROW int *a0 = &arr[0];
  *a0 = 5;
  int n = arr[1];
  return n + arr[0];
}
