// strdup() allocates, so it can fail: capitalising the copy in place without a check
// dereferences NULL under memory pressure.
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

char *capitalize(const char *word) {
  char *s = strdup(word);
  s[0] = (char)toupper((unsigned char)s[0]); // expect-warning[OWN012]{{'s' may be NULL here}}
                                             // expect-note@-2{{allocated here by 'strdup'}}
  return s;
}
