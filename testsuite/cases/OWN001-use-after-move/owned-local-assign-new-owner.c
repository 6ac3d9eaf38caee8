// After `OWNED char *q = p;` the new owner q is the one to use and release: using
// q, and never p again, is correct.
// expect-no-diagnostics
#include <ownck/ownership.h>
#include <stdlib.h>
#include <string.h>

size_t take_first_word(const char *text) {
  OWNED char *p = strdup(text);
  if (!p)
    return 0;
  OWNED char *q = p;
  char *sp = strchr(q, ' ');
  if (sp)
    *sp = '\0';
  size_t n = strlen(q);
  free(q);
  return n;
}
