// Borrows copied from the parameter carry the caller's loan, not a local's:
// returning the last copy is fine.
// Rust: fn f(p: &i32) -> &i32 { let a = p; let b = a; b }
// NLL accepts.
// rustc: accepted, no E0515/E0597.
// expect-no-diagnostics
#include <ownck/ownership.h>

BORROWED const int *demo(BORROWED const int *p) {
  BORROWED const int *a = p;
  BORROWED const int *b = a;
  return b;
}
