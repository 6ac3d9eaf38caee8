// Lending a BORROWED parameter on, to BORROWED parameters and to libc functions
// taking 'const char *', keeps every loan within the call.
// rustc accepts.
// Rust: fn report(name: &str) -> usize { log(name); log(name); name.len() }
// rustc: accepted, no E0521.
// expect-no-diagnostics
#include <stdio.h>
#include <string.h>
#include <ownck/ownership.h>

void log_name(BORROWED const char *name);

size_t report(BORROWED const char *name) {
  log_name(name);
  log_name(name);
  puts(name);
  return strlen(name);
}
