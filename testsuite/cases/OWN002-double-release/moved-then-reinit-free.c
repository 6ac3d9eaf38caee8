// After a move the variable is dead; assigning a new block revives it, and freeing
// that new block is its first release. No finding.
// expect-no-diagnostics
#include <ownck/ownership.h>
#include <stdlib.h>

void pool_give(OWNED char *buf);

void refill(void) {
  OWNED char *buf = malloc(512);
  if (!buf)
    return;
  pool_give(buf);
  buf = malloc(512);
  if (!buf)
    return;
  buf[0] = 0;
  free(buf);
}
