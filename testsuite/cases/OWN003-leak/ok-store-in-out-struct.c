// Storing the owner into a field of a struct the caller passed in moves it to the
// caller's object: 'out->buf = p;' ends this function's responsibility.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

struct blob { char *buf; size_t len; FILE *src; };

int blob_read(struct blob *out, const char *path, size_t n) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return -1;
  char *p = malloc(n);
  if (!p) {
    fclose(f);
    return -1;
  }
  out->len = fread(p, 1, n, f);
  out->buf = p;
  out->src = f;
  return 0;
}
