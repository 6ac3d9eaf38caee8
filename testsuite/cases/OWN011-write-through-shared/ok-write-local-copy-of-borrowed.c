// '*c' copied into a local struct: writes go to the copy, the shared original is
// only read.
// rustc accepts.
// Rust: fn next_hits(c: &Counter) -> i32 { let mut tmp = *c; tmp.hits += 1; tmp.hits }
// rustc: accepted, no E0594/E0596.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct counter { int hits; };

int next_hits(BORROWED const struct counter *c) {
  struct counter tmp = *c;
  tmp.hits++;
  return tmp.hits;
}
