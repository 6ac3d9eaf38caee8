// The caller hands its buffer to a release helper on every path: the helper's
// summary releases parameter 0, so nothing leaks. No finding.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

static void scratch_release(char *s) {
  free(s);
}

int format_id(int id, char *out, size_t n) {
  char *s = malloc(32);
  if (!s)
    return -1;
  if (snprintf(s, 32, "id-%08d", id) >= 32) {
    scratch_release(s);
    return -1;
  }
  snprintf(out, n, "%s", s);
  scratch_release(s);
  return 0;
}
