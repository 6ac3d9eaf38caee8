// The same mistake on a caller-owned parameter: realloc releases 'buf' when it
// succeeds, so the write through 'buf' afterwards is a use after free.
#include <stdlib.h>
#include <string.h>

char *grow(char *buf, size_t old, size_t n) {
  char *nb = realloc(buf, n);
  if (!nb)
    return NULL;
  memset(nb + old, 0, n - old);
  buf[0] = 'x'; // expect-error[OWN001]{{use of 'buf' after it was released}}
                // expect-note@-5{{released here by 'realloc'}}
  return nb;
}
