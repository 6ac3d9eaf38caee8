// The out-parameter gets a string literal, which lives for the whole program:
// nothing borrowed by the call leaves it.
// rustc accepts.
// Rust: fn kind(out: &mut &str, id: i32) { *out = if id != 0 { "named" } else { "anon" }; }
// rustc: accepted, no E0521.
// expect-no-diagnostics
#include <ownck/ownership.h>

void kind(MUT_BORROW const char **out, int id) {
  if (id)
    *out = "named";
  else
    *out = "anon";
}
