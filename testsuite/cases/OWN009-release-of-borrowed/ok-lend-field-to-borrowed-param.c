// Lending an OWNED field of a BORROWED struct to a BORROWED parameter (and to
// libc's const readers) is reading, not moving.
// rustc accepts.
// Rust: fn show(s: &Rec) -> usize { print_name(&s.name); s.name.len() }
// rustc: accepted, no E0507.
// expect-no-diagnostics
#include <string.h>
#include <ownck/ownership.h>

struct rec { OWNED char *name; int id; };

void print_name(BORROWED const char *name);

size_t show(BORROWED const struct rec *s) {
  print_name(s->name);
  return strlen(s->name);
}
