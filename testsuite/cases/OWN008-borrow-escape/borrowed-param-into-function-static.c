// A function-scope static outlives every call: keeping a BORROWED parameter in it
// lets the pointer dangle once the caller's string is released.
// rustc: E0521 (borrowed data escapes outside of function).
// Rust: fn swap_tag(name: &str) -> &'static str { unsafe { let prev = LAST; LAST = name; prev } }
#include <ownck/ownership.h>

const char *swap_tag(BORROWED const char *name) {
  static const char *last = "";
  const char *prev = last;
  last = name; // expect-error[OWN008]
  return prev;
}
