// '*s->pointer += 1' with an unannotated 'int *pointer' field: C's const is shallow
// and an unannotated pointer is a raw one (Rust's *mut i32), so writing through it is
// not writing into the BORROWED struct. With 'MUT_BORROW int *pointer' it is
// (compound-assign-through-pointer-field.c).
// Rust: fn incr(s: &S) { unsafe { *s.pointer += 1; } }  // struct S { pointer: *mut i32 }
// rustc: accepted, no E0594/E0596.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct s { int *pointer; int len; };

void incr(BORROWED struct s *s) {
  *s->pointer += 1;
}
