// Returning the owner moves it to the caller: 'return p;' is not a leak, and the
// NULL return on failure owns nothing.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *dup_upper(const char *s) {
  size_t n = strlen(s);
  char *p = malloc(n + 1);
  if (!p)
    return NULL;
  for (size_t i = 0; i <= n; i++)
    p[i] = (s[i] >= 'a' && s[i] <= 'z') ? (char)(s[i] - 32) : s[i];
  return p;
}

FILE *open_log(const char *path) {
  FILE *f = fopen(path, "a");
  if (!f)
    return NULL;
  if (fputs("-- start\n", f) == EOF) {
    fclose(f);
    return NULL;
  }
  return f;
}
