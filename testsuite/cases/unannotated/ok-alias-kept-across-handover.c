// Unannotated version of the E0505 shape: a second pointer takes over the heap block
// while a first view of it is still used, and the block is freed through the new
// pointer after that last use. Plain aliases of one live object: no finding.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void demo(void) {
  char *buf = malloc(16);
  if (!buf)
    return;
  strcpy(buf, "hi");
  const char *view = buf;
  char *owner = buf;
  puts(view);
  free(owner);
}
