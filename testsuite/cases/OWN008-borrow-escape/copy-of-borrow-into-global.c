// Copying a borrow into a plain local copies its loans: storing the copy in a
// global is the same escape as storing the BORROWED parameter itself.
// rustc: E0521 (borrowed data escapes outside of function).
// Rust: fn see(name: &str) { let alias = name; unsafe { SEEN = alias; } }
#include <ownck/ownership.h>

static const char *g_seen;

void see(BORROWED const char *name) {
  const char *alias = name;
  g_seen = alias; // expect-error[OWN008]
}
