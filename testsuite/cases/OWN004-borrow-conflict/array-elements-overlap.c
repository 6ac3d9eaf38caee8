// Elements of one array are not told apart: a MUT_BORROW of 'arr[1]' while a
// MUT_BORROW of 'arr[0]' is still used is two mutable borrows of 'arr'.
// Rust: let a = &mut arr[0]; let b = &mut arr[1]; std::mem::swap(a, b);
// rustc: E0499 (cannot borrow `arr[_]` as mutable more than once at a time).
#include <ownck/ownership.h>

void swap_ints(MUT_BORROW int *a, MUT_BORROW int *b);

int swap_first_two(void) {
  int arr[4] = {1, 2, 3, 4};
  MUT_BORROW int *a = &arr[0];
  MUT_BORROW int *b = &arr[1]; // expect-error[OWN004]
  swap_ints(a, b);
  return arr[0];
}
