// The file defines its own strndup() that copies into a static buffer, as some
// embedded code does. That definition is what the calls resolve to, so the libc
// model (a new malloc'd block) does not apply: no leak for the unfreed result.
// expect-no-diagnostics
#include <stddef.h>

void printLine(const char *line);

static char strndup_buf[256];

char *strndup(const char *s, size_t n) {
  size_t i;
  if (n >= sizeof strndup_buf)
    n = sizeof strndup_buf - 1;
  for (i = 0; i < n && s[i]; i++)
    strndup_buf[i] = s[i];
  strndup_buf[i] = '\0';
  return strndup_buf;
}

void print_prefix(const char *s) {
  char *p = strndup(s, 8);
  printLine(p);
}
