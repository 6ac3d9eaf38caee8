// Precision: an allocation checked inside a loop, with 'break' or 'continue' on
// failure; the check holds for the rest of that iteration only, and is redone for
// each new allocation.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

size_t copy_all(char **dst, const char *const *src, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) {
    char *s = strdup(src[i]);
    if (s == NULL)
      break;
    s[0] = s[0] == '\0' ? '-' : s[0];
    dst[i] = s;
  }
  return i;
}

int count_allocs(size_t n) {
  int ok = 0;
  while (n-- > 0) {
    int *v = malloc(sizeof *v);
    if (!v)
      continue;
    *v = (int)n;
    ok += *v >= 0;
    free(v);
  }
  return ok;
}
