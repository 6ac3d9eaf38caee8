// Copying a NULLABLE pointer into an unannotated local does not check it: the local
// points to the same maybe-NULL object, and dereferencing it is the same error.
#include <stddef.h>
#include <ownck/ownership.h>

struct config {
  int port;
};

int port_or_default(NULLABLE const struct config *cfg) {
  const struct config *c = cfg;
  return c->port; // expect-error[OWN012]{{dereference of NULLABLE 'c' without a NULL check}}
}
