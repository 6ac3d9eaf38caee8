// A struct value built field by field and returned by value on success; the
// error path returns a zeroed struct and forgets the field that was already
// allocated.
#include <stdlib.h>
#include <string.h>

struct creds { char *user; char *pass; };

struct creds creds_new(const char *u, const char *p) {
  struct creds c = {NULL, NULL};
  struct creds none = {NULL, NULL};
  c.user = strdup(u);
  if (!c.user)
    return none;
  c.pass = strdup(p);
  if (!c.pass)
    return none; // expect-error[OWN003]
  return c;
}
