// Array elements are not told apart: assigning 'arr[1]' while 'arr[0]' is borrowed
// and used later conflicts.
// Rust: let a0 = &arr[0]; arr[1] = 5; use_int(*a0);
// rustc: E0506 (cannot assign to `arr[_]` because it is borrowed).
#include <ownck/ownership.h>

void use_int(int v);

void demo(void) {
  int arr[4] = {1, 2, 3, 4};
  BORROWED const int *a0 = &arr[0];
  arr[1] = 5; // expect-error[OWN005]
  use_int(*a0);
}
