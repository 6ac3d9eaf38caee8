// A field of a global struct lives as long as the program: keeping a BORROWED
// parameter there outlives the call.
// rustc: E0521 (borrowed data escapes outside of function).
// Rust: fn configure(name: &str, level: i32) { unsafe { CONFIG.level = level; CONFIG.name = name; } }
#include <ownck/ownership.h>

struct config { const char *name; int level; };

struct config g_config;

void configure(BORROWED const char *name, int level) {
  g_config.level = level;
  g_config.name = name; // expect-error[OWN008]
}
