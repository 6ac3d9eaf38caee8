// A helper that returns a pointer into its argument (its summary: the result is
// parameter 0, or a pointer into it) ties the result to the caller's string.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *after_colon(char *s) { return strchr(s, ':'); }

void show(void) {
  char *s = strdup("key:value");
  if (!s)
    return;
  char *v = after_colon(s);
  free(s);
  if (v)
    puts(v);  // expect-error[OWN001]
}
