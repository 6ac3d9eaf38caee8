// '*out = name' stores the borrow in the caller's variable, which lives longer than
// the call; the caller may use it after the string's owner released it.
// rustc: "lifetime may not live long enough".
// Rust: fn hand_out(out: &mut &str, name: &str) -> usize { *out = name; name.len() }
// rustc: E0521 (borrowed data escapes; rustc says "lifetime may not live long enough").
#include <string.h>
#include <ownck/ownership.h>

size_t hand_out(MUT_BORROW const char **out, BORROWED const char *name) {
  *out = name; // expect-error[OWN008]
  return strlen(name);
}
