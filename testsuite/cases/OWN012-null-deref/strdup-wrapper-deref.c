// copy_name() wraps strdup() and may return NULL; the caller capitalises the copy
// before checking it.
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static char *copy_name(const char *s) {
  return strdup(s);
}

char *capitalized(const char *name) {
  char *c = copy_name(name);
  c[0] = (char)toupper((unsigned char)c[0]); // expect-warning[OWN012]{{'c' may be NULL here}}
  return c;
}
