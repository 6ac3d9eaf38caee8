// A check that only guards one use does not cover the next: here 'buf' was never
// checked before the 'if (buf && ...)', so on its false edge it may be NULL.
#include <stdlib.h>
#include <string.h>

size_t copy_name(const char *name) {
  char *buf = malloc(64);
  if (buf && strlen(name) < 64) {
    strcpy(buf, name);
    free(buf);
    return 1;
  }
  buf[0] = '\0'; // expect-warning[OWN012]{{'buf' may be NULL here}}
                 // expect-note@-7{{allocated here by 'malloc'}}
  free(buf);
  return 0;
}
