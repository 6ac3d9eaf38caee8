// A systemd/glib-style "free and clear" helper: freep(&p) frees *p and sets it to
// NULL. It does not release its parameter (the address of the caller's pointer), and
// after it the caller's pointer is NULL, so calling it again at the common exit is a
// no-op, not a double release. No finding.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void freep(char **pp) {
  free(*pp);
  *pp = NULL;
}

int print_upper_prefix(const char *s, size_t n) {
  int rc = -1;
  char *copy = strndup(s, n);
  if (!copy)
    goto out;
  if (strlen(copy) < n) {
    freep(&copy);
    goto out;
  }
  rc = puts(copy);
out:
  freep(&copy);
  return rc;
}
