// The borrow of 'arr[0]' is last used before 'arr[1]' is assigned.
// Rust: let a0 = &arr[0]; use_int(*a0); arr[1] = 5;
// NLL accepts.
// rustc: accepted, no E0505/E0506.
// expect-no-diagnostics
#include <ownck/ownership.h>

void use_int(int v);

int demo(void) {
  int arr[4] = {1, 2, 3, 4};
  BORROWED const int *a0 = &arr[0];
  use_int(*a0);
  arr[1] = 5;
  return arr[1];
}
