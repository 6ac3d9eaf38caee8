// After a successful realloc the old pointer is released (the block may have moved):
// writing through it is a use after free even though the new block holds the same
// bytes. The note must point at the realloc call.
#include <stdlib.h>
#include <string.h>

char *dup_grow(const char *src, size_t n) {
  size_t len = strlen(src) + 1;
  char *buf = malloc(len);
  if (!buf)
    return NULL;
  memcpy(buf, src, len);
  char *nb = realloc(buf, n);
  if (!nb) {
    free(buf);
    return NULL;
  }
  buf[0] = 'x'; // expect-error[OWN001]{{use of 'buf' after it was released}}
                // expect-note@-6{{released here by 'realloc'}}
  return nb;
}
