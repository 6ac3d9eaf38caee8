// The plainest double free: the same block released twice on one path (CWE-415).
// Reported at the second free, with the first one as "first released here".
#include <stdlib.h>
#include <string.h>

int hash_name(const char *name) {
  char *s = strdup(name);
  if (!s)
    return -1;
  int h = 0;
  for (char *c = s; *c; c++)
    h = h * 31 + *c;
  free(s);
  free(s); // expect-error[OWN002]{{double release of 's'}}
           // expect-note@-2{{first released here}}
  return h;
}
