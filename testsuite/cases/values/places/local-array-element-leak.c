// Owners stored in a local array die with it: the error path returns while the
// first element still owns its copy.
#include <stdlib.h>
#include <string.h>

int split_pair(const char *a, const char *b) {
  char *parts[2];
  parts[0] = strdup(a);
  if (!parts[0])
    return -1;
  parts[1] = strdup(b);
  if (!parts[1])
    return -1; // expect-error[OWN003]
  free(parts[0]);
  free(parts[1]);
  return 0;
}
