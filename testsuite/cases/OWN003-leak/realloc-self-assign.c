// 'p = realloc(p, n)' overwrites p with NULL when realloc fails, and the old
// block, still allocated, is lost. Reported at the assignment even though the
// code checks for NULL right after.
#include <stdio.h>
#include <stdlib.h>

char *slurp(FILE *in) {
  size_t cap = 64, len = 0;
  char *buf = malloc(cap);
  if (!buf)
    return NULL;
  int c;
  while ((c = fgetc(in)) != EOF) {
    if (len + 1 == cap) {
      cap *= 2;
      buf = realloc(buf, cap); // expect-error[OWN003]{{leak: 'buf = realloc(buf, ...)' loses the original block if it fails}}
      if (!buf)
        return NULL;
    }
    buf[len++] = (char)c;
  }
  buf[len] = '\0';
  return buf;
}
