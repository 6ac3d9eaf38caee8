// The operands of || in the wrong order: name[0] is read before name == NULL is
// tested. The short-circuit protects only what comes after the test.
#include <stddef.h>
#include <ownck/ownership.h>

int is_anonymous(NULLABLE const char *name) {
  if (name[0] == '\0' || name == NULL) // expect-error[OWN012]{{dereference of NULLABLE 'name' without a NULL check}}
    return 1;
  return 0;
}
