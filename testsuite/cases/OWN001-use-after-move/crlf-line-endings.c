// A file with Windows line endings (CRLF): lines and columns are counted as clang
// counts them, so the finding points at 'name' in the macro's argument, on line 16,
// in every output format.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SHOW(s) puts(s)

int greet(const char *who) {
  char *name = malloc(strlen(who) + 1);
  if (!name)
    return -1;
  strcpy(name, who);
  free(name);
  SHOW(name);  // expect-error[OWN001]
  return 0;
}
