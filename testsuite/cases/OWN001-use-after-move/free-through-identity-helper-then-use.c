// str_rtrim() trims in place and returns its argument: its result is an alias of
// parameter 0 (and the parameter is only borrowed). 'free(str_rtrim(s))' therefore
// frees the block 's' points to, and strlen(s) afterwards is a use after free.
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *str_rtrim(char *s) {
  size_t n = strlen(s);
  while (n > 0 && isspace((unsigned char)s[n - 1]))
    s[--n] = '\0';
  return s;
}

int print_trimmed(const char *text) {
  char *s = strdup(text);
  if (!s)
    return -1;
  puts(str_rtrim(s));
  free(str_rtrim(s));
  return (int)strlen(s); // expect-error[OWN001]{{use of 's' after it was released}}
}
