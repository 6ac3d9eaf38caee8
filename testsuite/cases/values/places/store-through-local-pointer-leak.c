// '*out = strdup(s)' with out pointing at the local 'name' stores the owner in
// name; name then goes out of scope without a free().
#include <stdlib.h>
#include <string.h>

int name_length(const char *s) {
  char *name = NULL;
  char **out = &name;
  *out = strdup(s);
  if (!*out)
    return -1;
  return (int)strlen(name); // expect-error[OWN003]
}
