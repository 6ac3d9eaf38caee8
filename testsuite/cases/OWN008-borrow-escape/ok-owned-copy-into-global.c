// The fix for an escaping borrow: the global owns a copy, and the previous copy
// is released first. Only owned data is stored, the borrow stays in the call.
// rustc accepts.
// Rust: fn remember(name: &str) { unsafe { LAST = Some(name.to_owned()); } }
// rustc: accepted, no E0521.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>
#include <ownck/ownership.h>

static OWNED NULLABLE char *last_name;

void remember(BORROWED const char *name) {
  free(last_name);
  last_name = strdup(name);
}
