// first_of() is BORROWED_FROM(a): returning its result returns a borrow of the
// local 'local' passed as 'a'.
// Rust: fn first_of<'a>(a: &'a i32, b: &i32) -> &'a i32;
//       fn f(p: &i32) -> &i32 { let local = 3; first_of(&local, p) }
// rustc: E0515 (cannot return value referencing local variable `local`).
#include <ownck/ownership.h>

BORROWED_FROM(a) const int *first_of(BORROWED const int *a, BORROWED const int *b);

BORROWED const int *demo(BORROWED const int *p) {
  int local = 3;
  return first_of(&local, p); // expect-error[OWN007]
}
