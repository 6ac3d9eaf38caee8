// Precision: freopen() on stdout reuses the standard stream: the result is stdout
// itself, not a new owner, and it is not released by the caller. Writing through it
// and never closing it is correct.
// expect-no-diagnostics
#include <stdio.h>

int redirect_output(const char *path) {
  if (freopen(path, "w", stdout) == NULL)
    return -1;
  puts("redirected");
  return fflush(stdout);
}
