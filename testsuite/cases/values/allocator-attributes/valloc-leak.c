// valloc() returns a page-aligned heap block released with free(): returning on
// the error path without freeing it leaks the block.
#include <stdlib.h>
#include <string.h>

int read_page(const char *src, size_t n) {
  char *page = valloc(4096);
  if (!page)
    return -1;
  if (n > 4096)
    return -1; // expect-error[OWN003]
  memcpy(page, src, n);
  free(page);
  return 0;
}
