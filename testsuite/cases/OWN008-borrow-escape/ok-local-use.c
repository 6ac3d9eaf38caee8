// Using a borrow inside the call, copying it into a local or a local struct, and
// passing it on to another borrowing function keeps it within the borrow.
// rustc: accepted, no E0521.
// expect-no-diagnostics
#include <stdio.h>
#include <string.h>
#include <ownck/ownership.h>

struct view { const char *s; size_t n; };

size_t show(BORROWED const char *name) {
  const char *p = name;
  struct view v = {name, strlen(name)};
  puts(p);
  return v.n;
}
