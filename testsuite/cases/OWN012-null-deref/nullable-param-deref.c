// A NULLABLE parameter is Option<&T>: the caller may pass NULL on purpose, so reading
// through it without a check is an error, not a warning.
#include <stddef.h>
#include <ownck/ownership.h>

struct opts {
  int verbose;
  const char *prefix;
};

int verbosity(NULLABLE const struct opts *o) {
  return o->verbose; // expect-error[OWN012]{{dereference of NULLABLE 'o' without a NULL check}}
}
