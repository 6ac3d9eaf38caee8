// A local array of borrows dies with the call: filling it with BORROWED
// parameters and reading them back is fine.
// rustc accepts.
// Rust: fn pick(a: &str, b: &str, i: usize) -> u8 { let names = [a, b]; names[i].as_bytes()[0] }
// rustc: accepted, no E0521.
// expect-no-diagnostics
#include <ownck/ownership.h>

char pick(BORROWED const char *a, BORROWED const char *b, int i) {
  const char *names[2];
  names[0] = a;
  names[1] = b;
  return names[i & 1][0];
}
