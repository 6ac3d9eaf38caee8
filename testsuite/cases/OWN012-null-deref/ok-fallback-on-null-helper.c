// or_default() returns its argument when it is not NULL and a string literal
// otherwise: its result is "parameter 0 or static", and never NULL. Even when the
// argument may be NULL (getenv), dereferencing the result is fine: an alias summary
// must not carry the argument's maybe-NULL over the path that replaced it. No
// finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

static const char *or_default(const char *s, const char *def) {
  return s ? s : def;
}

int use_color(void) {
  const char *term = or_default(getenv("TERM"), "dumb");
  return term[0] != '\0' && strcmp(term, "dumb") != 0;
}
