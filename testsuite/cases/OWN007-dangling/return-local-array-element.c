// Returning the address of an element of a local array: the element dies with the
// array when the function returns.
// Rust: fn f(i: usize) -> &'static i32 { let buf = [1, 2, 3, 4]; &buf[i] }
// rustc: E0515 (cannot return reference to local data `buf[_]`).
#include <ownck/ownership.h>

BORROWED const int *demo(int i) {
  int buf[4] = {1, 2, 3, 4};
  buf[0] = i;
  return &buf[i & 3]; // expect-error[OWN007]
}
