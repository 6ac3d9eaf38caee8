// After a value is moved into an OWNED parameter, the callee owns it: the caller's
// free() releases something it no longer owns.
#include <ownck/ownership.h>
#include <stdlib.h>
#include <string.h>

struct registry;
int registry_add(struct registry *r, OWNED char *name);

int add(struct registry *r, const char *name) {
  OWNED char *copy = strdup(name);
  if (!copy)
    return -1;
  int rc = registry_add(r, copy);
  free(copy); // expect-error[OWN002]{{release of moved value 'copy'}}
              // expect-note@-2{{value moved here}}
  return rc;
}
