// '&v' of a BORROWED local: the borrow 'v' itself is a local, and its address dies
// with the frame even though what 'v' points to does not.
// Rust: fn f<'a>(p: &'a i32) -> &'a &'a i32 { let v = p; &v }
// rustc: E0515 (cannot return reference to local variable `v`).
#include <ownck/ownership.h>

BORROWED const int *const *demo(BORROWED const int *p) {
  BORROWED const int *v = p;
  return &v; // expect-error[OWN007]
}
