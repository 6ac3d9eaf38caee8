// str_dup_lower() returns a NEW owner (a strdup'd copy), not an alias of its
// argument: freeing the original and using the copy is fine, and each is freed
// once. No finding.
// expect-no-diagnostics
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *str_dup_lower(const char *s) {
  char *d = strdup(s);
  if (!d)
    return NULL;
  for (char *c = d; *c; c++)
    *c = (char)tolower((unsigned char)*c);
  return d;
}

int normalize(const char *input) {
  char *raw = strdup(input);
  if (!raw)
    return -1;
  char *key = str_dup_lower(raw);
  free(raw);
  if (!key)
    return -1;
  puts(key);
  free(key);
  return 0;
}
