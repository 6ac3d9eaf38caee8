// free(p + 64) passes an address 64 bytes into the block: not a block start
// (OWN009). p still holds the start and is never freed, so the block leaks when
// p goes out of scope (OWN003).
#include <stdlib.h>
#include <string.h>

void split_header(const char *src) {
  char *p = malloc(128);
  if (!p)
    return;
  memcpy(p, src, 128);
  free(p + 64); // expect-error[OWN009]
} // expect-error[OWN003]
