// str_upper() takes a non-const 'char *' but only writes through it: its summary
// says parameter 0 is only borrowed. The caller may use the string after the call
// and frees it once at the end. No finding.
// expect-no-diagnostics
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void str_upper(char *s) {
  for (; *s; s++)
    *s = (char)toupper((unsigned char)*s);
}

int shout(const char *msg) {
  char *s = strdup(msg);
  if (!s)
    return -1;
  str_upper(s);
  int n = printf("%s!\n", s);
  free(s);
  return n;
}
