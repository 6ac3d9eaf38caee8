// A generic release helper that ends in free() is a releaser of the malloc family
// (its summary releases parameter 0 with family free). Passing it a FILE* from
// fopen() is a mismatched release.
#include <stdio.h>
#include <stdlib.h>

static void release(void *p) {
  free(p);
}

int first_char(const char *path) {
  FILE *f = fopen(path, "r");
  if (!f)
    return -1;
  int c = fgetc(f);
  release(f); // expect-error[OWN010]
  return c;
}
