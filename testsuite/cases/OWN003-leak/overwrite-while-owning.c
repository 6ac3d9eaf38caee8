// Assigning a new allocation to a pointer that still owns the old one loses the
// old block: nothing can free it any more. Reported at the second assignment.
#include <stdlib.h>

size_t fill(const char *buf, size_t n);

size_t probe(size_t small, size_t big) {
  char *buf = malloc(small); // expect-note{{allocated here by 'malloc'}}
  if (!buf)
    return 0;
  buf = malloc(big); // expect-error[OWN003]{{leak: 'buf' is overwritten while it still owns its value}}
  if (!buf)
    return 0;
  size_t n = fill(buf, big);
  free(buf);
  return n;
}
