// The owned result of an allocating helper used as an expression statement is lost
// at once, exactly like a bare 'malloc(n);'.
#include <stdlib.h>
#include <string.h>

static char *str_dup(const char *s) {
  size_t n = strlen(s) + 1;
  char *d = malloc(n);
  if (d)
    memcpy(d, s, n);
  return d;
}

void remember(const char *name) {
  str_dup(name); // expect-error[OWN003]{{leak: the owned result of 'str_dup' is discarded}}
}
