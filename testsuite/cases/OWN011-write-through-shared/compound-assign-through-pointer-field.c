// '*s->pointer += 1' writes through a pointer field of a BORROWED struct: even if
// the field is an exclusive pointer, it is reached through a shared borrow.
// rustc: E0594 (cannot assign to `*s.pointer`, which is behind a `&` reference).
// Rust: fn incr(s: &S<'_>) { *s.pointer += 1; }  // struct S<'a> { pointer: &'a mut i32 }
#include <ownck/ownership.h>

struct s { MUT_BORROW int *pointer; int len; };

void incr(BORROWED struct s *s) {
  *s->pointer += 1; // expect-error[OWN011]
}
