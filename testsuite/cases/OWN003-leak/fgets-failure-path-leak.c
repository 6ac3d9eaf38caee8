// fgets() returns its buffer, or NULL when it fails: a NULL result says the call
// failed, not that the buffer is NULL. The failure branch is a real path, and the
// early return on it leaks the buffer. (ownck used to take the NULL test of the
// result for a test of the buffer, found the buffer known non-NULL, and dropped the
// branch as impossible.)
#include <stdio.h>
#include <stdlib.h>

long first_number(FILE *in) {
  char *line = malloc(256);
  if (!line)
    return -1;
  if (!fgets(line, 256, in))
    return -1; // expect-error[OWN003]{{leak: 'line' goes out of scope}}
  long v = strtol(line, NULL, 10);
  free(line);
  return v;
}
