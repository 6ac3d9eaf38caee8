// 'last' keeps a borrow of 'v', a local of the loop body, past the end of the body,
// and is used after the loop.
// Rust: let mut last = &0; for i in 0..n { let v = i * 2; last = &v; } use_int(*last);
// rustc: E0597 (`v` does not live long enough).
#include <ownck/ownership.h>

void use_int(int v);

void demo(int n) {
  int zero = 0;
  BORROWED const int *last = &zero;
  for (int i = 0; i < n; i++) {
    int v = i * 2;
    last = &v;
  } // expect-error[OWN007]
  use_int(*last);
}
