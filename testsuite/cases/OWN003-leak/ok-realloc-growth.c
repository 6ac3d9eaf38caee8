// realloc growth done right: the result goes to a temporary, the old block is
// freed when realloc fails, and the owner is updated only on success.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

char *slurp(FILE *in, size_t *len_out) {
  size_t cap = 64, len = 0;
  char *p = malloc(cap);
  if (!p)
    return NULL;
  int c;
  while ((c = fgetc(in)) != EOF) {
    if (len + 1 == cap) {
      char *tmp = realloc(p, cap * 2);
      if (!tmp) {
        free(p);
        return NULL;
      }
      p = tmp;
      cap *= 2;
    }
    p[len++] = (char)c;
  }
  p[len] = '\0';
  *len_out = len;
  return p;
}
