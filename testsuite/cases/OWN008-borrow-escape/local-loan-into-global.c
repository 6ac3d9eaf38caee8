// A borrow of a local (a loan of 'x') copied into a global outlives 'x': the global
// dangles as soon as record() returns.
// rustc: E0597 ('x' does not live long enough).
// Rust: fn record(v: i32) { let x = v * 2; let r = &x; unsafe { LAST = r; } }
#include <ownck/ownership.h>

static const int *g_last;

void record(int v) {
  int x = v * 2;
  BORROWED const int *r = &x;
  g_last = r; // expect-error[OWN008]
}

int last_value(void) { return g_last ? *g_last : 0; }
