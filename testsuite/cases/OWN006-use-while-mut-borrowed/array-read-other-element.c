// Reading 'arr[1]' while 'arr[0]' is mutably borrowed: the elements of one array are
// not told apart.
// Rust: let a0 = &mut arr[0]; let n = arr[1]; *a0 = n;
// rustc: E0503 (cannot use `arr[_]` because it was mutably borrowed).
#include <ownck/ownership.h>

int demo(void) {
  int arr[4] = {1, 2, 3, 4};
  MUT_BORROW int *a0 = &arr[0];
  int n = arr[1]; // expect-error[OWN006]
  *a0 = n;
  return arr[0];
}
