// Precision: strdup/strndup results are heap strings released with free(), including
// through realloc growth. The clone functions belong to free's family.
// expect-no-diagnostics
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

char *join_words(const char *a, const char *b) {
  char *s = strdup(a);
  if (!s)
    return NULL;
  size_t la = strlen(s), lb = strlen(b);
  char *t = realloc(s, la + lb + 2);
  if (!t) {
    free(s);
    return NULL;
  }
  s = t;
  s[la] = ' ';
  memcpy(s + la + 1, b, lb + 1);
  return s;
}

size_t prefix_len(const char *text, size_t n) {
  char *p = strndup(text, n);
  if (!p)
    return 0;
  size_t len = strlen(p);
  free(p);
  return len;
}
