// first_of() is BORROWED_FROM(a): its result borrows only 'a' (the caller's 'p'),
// so passing the address of a local as 'b' and returning the result is fine.
// Rust: fn first_of<'a>(a: &'a i32, b: &i32) -> &'a i32;
//       fn f(p: &i32) -> &i32 { let local = 3; first_of(p, &local) }
// NLL accepts.
// rustc: accepted, no E0515/E0597.
// expect-no-diagnostics
#include <ownck/ownership.h>

BORROWED_FROM(a) const int *first_of(BORROWED const int *a, BORROWED const int *b);

BORROWED const int *demo(BORROWED const int *p) {
  int local = 3;
  return first_of(p, &local);
}
