// Two elements of one array passed to two MUT_BORROW parameters of the same call:
// array elements overlap each other, so the callee gets two mutable borrows of 'arr'.
// Rust: swap_ints(&mut arr[0], &mut arr[1]);
// rustc: E0499 (cannot borrow `arr[_]` as mutable more than once at a time).
#include <ownck/ownership.h>

void swap_ints(MUT_BORROW int *a, MUT_BORROW int *b);

int swap_first_two(void) {
  int arr[4] = {1, 2, 3, 4};
  swap_ints(&arr[0], &arr[1]); // expect-error[OWN004]
  return arr[0];
}
