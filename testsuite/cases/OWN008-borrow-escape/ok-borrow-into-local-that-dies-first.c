// The borrow of 'x' is kept in 'r', declared in an inner block: 'r' dies before
// 'x', so the loan never outlives what it borrows.
// rustc accepts.
// Rust: let x = 40; let sum; { let r = &x; sum = *r + 2; } sum
// rustc: accepted, no E0521.
// expect-no-diagnostics
#include <ownck/ownership.h>

int total(void) {
  int x = 40;
  int sum = 0;
  {
    BORROWED const int *r = &x;
    sum = *r + 2;
  }
  return sum;
}
