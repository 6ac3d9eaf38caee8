// strdup() of a borrowed field gives this function its own string: releasing that
// copy is fine, the caller's field is untouched.
// rustc accepts.
// Rust: fn shout(s: &Rec) { let mut c = s.name.clone(); c.make_ascii_uppercase(); emit(&c); }
// rustc: accepted, no E0507.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>
#include <ownck/ownership.h>

struct rec { OWNED char *name; int id; };

void emit(BORROWED const char *s);

void shout(BORROWED const struct rec *s) {
  OWNED char *c = strdup(s->name);
  if (!c)
    return;
  c[0] = 'X';
  emit(c);
  free(c);
}
