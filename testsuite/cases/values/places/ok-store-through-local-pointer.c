// '*out = strdup(s)' with out pointing at the local 'name': name owns the copy and
// frees it, so nothing leaks and nothing is freed twice.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

int name_length(const char *s) {
  char *name = NULL;
  char **out = &name;
  *out = strdup(s);
  if (!*out)
    return -1;
  int n = (int)strlen(name);
  free(name);
  return n;
}
