// skip_spaces() returns a pointer into its argument and str_rtrim() the argument
// itself: both results are borrows/aliases of parameter 0, not releases. The caller
// prints through them and frees the original once, after the last use. No finding.
// expect-no-diagnostics
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *skip_spaces(char *s) {
  while (isspace((unsigned char)*s))
    s++;
  return s;
}

static char *str_rtrim(char *s) {
  size_t n = strlen(s);
  while (n > 0 && isspace((unsigned char)s[n - 1]))
    s[--n] = '\0';
  return s;
}

int print_clean(const char *text) {
  char *s = strdup(text);
  if (!s)
    return -1;
  char *t = skip_spaces(str_rtrim(s));
  int n = puts(t);
  free(s);
  return n;
}
