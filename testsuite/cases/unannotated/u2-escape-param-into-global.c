// Unannotated: a plain (even 'const') pointer parameter stored in a global is
// ordinary C; without a BORROWED annotation there is no borrow to escape (no OWN008).
// rustc accepts the raw-pointer version.
// Rust: fn remember(name: *const c_char) { unsafe { LAST = name; } }
// expect-no-diagnostics
static const char *g_last;
static const char *g_names[16];

void remember(const char *name, int i) {
  g_last = name;
  g_names[i & 15] = name;
}

const char *last(void) { return g_last; }
