// A cleanup helper that takes 'void *' and fclose()s it (a releaser of the fclose
// family) is used on the wrong object: a string from a strdup() wrapper.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *copy_str(const char *s) {
  return strdup(s);
}

static void close_handle(void *h) {
  fclose(h);
}

int title_len(const char *title) {
  char *t = copy_str(title);
  if (!t)
    return -1;
  int n = (int)strlen(t);
  close_handle(t); // expect-error[OWN010]
  return n;
}
