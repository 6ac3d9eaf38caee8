// Initialising one OWNED local from another moves the value (Rust `let q = p;`):
// the source may not be used afterwards.
#include <ownck/ownership.h>
#include <stdlib.h>
#include <string.h>

size_t take_first_word(const char *text) {
  OWNED char *p = strdup(text);
  if (!p)
    return 0;
  OWNED char *q = p;
  char *sp = strchr(p, ' '); // expect-error[OWN001]{{use of moved value 'p'}}
                             // expect-note@-2{{value moved here}}
  if (sp)
    *sp = '\0';
  size_t n = strlen(q);
  free(q);
  return n;
}
