// The caller forgets that str_release() already frees the string and frees it
// again itself.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void str_release(char *s) {
  if (s)
    memset(s, 0, strlen(s));
  free(s);
}

int check_password(const char *input, const char *expected) {
  char *pw = strdup(input);
  if (!pw)
    return -1;
  int ok = strcmp(pw, expected) == 0;
  str_release(pw);
  free(pw); // expect-error[OWN002]{{double release of 'pw'}}
  return ok;
}
