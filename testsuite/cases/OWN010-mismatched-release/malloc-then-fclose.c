// A malloc'd buffer handed to fclose(): the release functions of a "close everything"
// cleanup were swapped. Both the buffer (closed as a FILE) and the stream (freed) are
// released with the wrong function; both must be reported.
#include <stdio.h>
#include <stdlib.h>

int copy_prefix(const char *path, size_t n) {
  void *buf = malloc(n);
  if (!buf)
    return -1;
  FILE *in = fopen(path, "rb");
  if (!in) {
    free(buf);
    return -1;
  }
  size_t got = fread(buf, 1, n, in);
  fclose(buf); // expect-error[OWN010]{{'buf' is released with the wrong function}}
               // expect-note@-10{{allocated here by 'malloc'}}
  free(in);    // expect-error[OWN010]{{'in' is released with the wrong function}}
               // expect-note@-9{{allocated here by 'fopen'}}
  return got == n ? 0 : -1;
}
