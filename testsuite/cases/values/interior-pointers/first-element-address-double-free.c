// '&buf[0]' is the same pointer as 'buf': freeing one and then the other is a
// double free of the one block.
#include <stdlib.h>
#include <string.h>

int stash(const char *s) {
  size_t n = strlen(s) + 1;
  char *buf = malloc(n);
  if (!buf)
    return -1;
  memcpy(buf, s, n);
  free(&buf[0]);
  free(buf); // expect-error[OWN002]
  return 0;
}
