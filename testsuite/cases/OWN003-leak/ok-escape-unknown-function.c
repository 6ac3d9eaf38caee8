// An object passed to an unknown function through a non-const pointer "escapes":
// the callee (defined elsewhere, no annotation, no model) may store or free it, so
// no leak is reported by default. 'ownck --strict' reports these leaks, and
// passing through 'const char *' (see 'peek') is only a borrow, which never escapes.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void registry_add(char *name);   // may keep 'name': unknown
int peek(const char *name);      // only reads it

int register_name(const char *src) {
  char *name = strdup(src);
  if (!name)
    return -1;
  if (peek(name) < 0) {
    free(name);
    return -1;
  }
  registry_add(name);
  return 0;
}
