// A static local that owns a block: assigning a new block without freeing the old
// one loses it (the static keeps only the new one).
#include <stdlib.h>
#include <string.h>

const char *remember(const char *s) {
  static char *last;
  last = strdup(s);
  if (!last)
    return NULL;
  last = strdup(s); // expect-error[OWN003]
  return last;
}
