// The out-parameter's target belongs to the caller and outlives the local
// 'fallback': handing out a loan of it leaves the caller with a dangling pointer.
// rustc: E0597 ('fallback' does not live long enough).
// Rust: fn find(out: &mut &i32) { let fallback = 0; let r = &fallback; *out = r; }
#include <ownck/ownership.h>

void find_default(MUT_BORROW const int **out) {
  int fallback = 0;
  BORROWED const int *r = &fallback;
  *out = r; // expect-error[OWN008]
}
