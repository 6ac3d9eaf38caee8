// 'pp' mutably borrows the borrow local 'p' itself: reading '*p' while 'pp' is used
// later goes around the exclusive borrow.
// Rust: let mut p = &mut x; let pp = &mut p; let n = *p; **pp = n;
// rustc: E0503 (cannot use `*p` because it was mutably borrowed).
#include <ownck/ownership.h>

int demo(void) {
  int x = 1;
  MUT_BORROW int *p = &x;
  MUT_BORROW int **pp = &p;
  int n = *p; // expect-error[OWN006]
  **pp = n + 1;
  return x;
}
