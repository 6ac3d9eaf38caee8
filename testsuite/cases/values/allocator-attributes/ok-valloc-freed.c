// valloc() memory is released with free(), on the error path and at the end.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

int read_page(const char *src, size_t n) {
  char *page = valloc(4096);
  if (!page)
    return -1;
  if (n > 4096) {
    free(page);
    return -1;
  }
  memcpy(page, src, n);
  free(page);
  return 0;
}
