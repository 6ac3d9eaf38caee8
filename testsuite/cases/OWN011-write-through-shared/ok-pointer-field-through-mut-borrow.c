// '*s->pointer += 1' where both 's' and its 'pointer' field are MUT_BORROW: an
// exclusive path all the way down.
// rustc accepts.
// Rust: fn incr(s: &mut S<'_>) { *s.pointer += 1; }  // struct S<'a> { pointer: &'a mut i32 }
// rustc: accepted, no E0594/E0596.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct s { MUT_BORROW int *pointer; int len; };

void incr(MUT_BORROW struct s *s) {
  *s->pointer += 1;
}
