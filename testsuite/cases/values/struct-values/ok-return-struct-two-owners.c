// Two owners in one struct returned by value, with the usual all-or-nothing
// error path: on failure both fields are freed and cleared; on success both move
// to the caller.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct creds { char *user; char *pass; };

struct creds creds_new(const char *u, const char *p) {
  struct creds c;
  c.user = strdup(u);
  c.pass = strdup(p);
  if (!c.user || !c.pass) {
    free(c.user);
    free(c.pass);
    c.user = NULL;
    c.pass = NULL;
  }
  return c;
}
