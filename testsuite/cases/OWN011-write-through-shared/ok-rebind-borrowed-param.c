// Giving the BORROWED parameter variable a default ('name = "anon"') rebinds the
// local borrow; nothing is written through it.
// rustc accepts.
// Rust: fn greet(name: Option<&str>) -> usize { let name = name.unwrap_or("anon"); name.len() }
// rustc: accepted, no E0594/E0596.
// expect-no-diagnostics
#include <string.h>
#include <ownck/ownership.h>

size_t greet(BORROWED const char *name) {
  if (!name)
    name = "anon";
  return strlen(name);
}
