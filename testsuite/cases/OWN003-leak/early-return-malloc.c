// A buffer from malloc leaks when a later validation step fails and the function
// returns early without freeing it. This is the most common leak in C: the happy
// path frees, the error path added later does not.
#include <stdlib.h>
#include <string.h>

int checksum(const char *buf, size_t n);

int copy_and_check(const char *src, size_t n) {
  char *buf = malloc(n + 1); // expect-note{{allocated here by 'malloc'}}
  if (!buf)
    return -1;
  memcpy(buf, src, n);
  buf[n] = '\0';
  if (checksum(buf, n) != 0)
    return -1; // expect-error[OWN003]{{leak: 'buf' goes out of scope while it still owns its value}}
  free(buf);
  return 0;
}
