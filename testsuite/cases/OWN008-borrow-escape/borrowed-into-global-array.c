// An element of a global array (index step below a global root) outlives the
// call just as the global itself does.
// rustc: E0521 (borrowed data escapes outside of function).
// Rust: fn add_name(name: &str) { unsafe { NAMES[COUNT] = name; COUNT += 1; } }
#include <ownck/ownership.h>

static const char *g_names[16];
static int g_count;

void add_name(BORROWED const char *name) {
  if (g_count >= 16)
    return;
  g_names[g_count] = name; // expect-error[OWN008]
  g_count++;
}

const char *name_at(int i) { return g_names[i]; }
