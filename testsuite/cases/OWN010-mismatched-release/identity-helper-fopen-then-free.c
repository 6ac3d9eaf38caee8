// set_buffered() returns its argument (an alias of parameter 0): its result is still
// the fopen()ed stream, and freeing it is a mismatched release.
#include <stdio.h>
#include <stdlib.h>

static FILE *set_buffered(FILE *f) {
  setvbuf(f, NULL, _IOFBF, 1 << 16);
  return f;
}

int dump(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  if (!f)
    return -1;
  FILE *out = set_buffered(f);
  fputs(text, out);
  free(out); // expect-error[OWN010]{{'out' is released with the wrong function}}
  return 0;
}
