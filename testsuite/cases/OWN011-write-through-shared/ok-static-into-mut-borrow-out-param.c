// '*out = "none"' writes through a MUT_BORROW out-parameter ('&mut &str'): the
// write is allowed and the stored string lives forever.
// rustc accepts.
// Rust: fn describe(out: &mut &str, code: i32) { *out = if code == 0 { "none" } else { "some" }; }
// rustc: accepted, no E0594/E0596.
// expect-no-diagnostics
#include <ownck/ownership.h>

void describe(MUT_BORROW const char **out, int code) {
  *out = code == 0 ? "none" : "some";
}
