// pick() returns a borrow of its argument (lifetime elision); passing the parameter
// and returning the result through a local keeps the caller's loan only.
// Rust: fn pick(a: &i32) -> &i32;  fn f(p: &i32) -> &i32 { let r = pick(p); r }
// NLL accepts.
// rustc: accepted, no E0515/E0597.
// expect-no-diagnostics
#include <ownck/ownership.h>

BORROWED const int *pick(BORROWED const int *a);

BORROWED const int *demo(BORROWED const int *p) {
  BORROWED const int *r = pick(p);
  return r;
}
