// A helper that formats into a static buffer and returns it never returns NULL (and
// the result is not an allocator's result): dereferencing it unchecked is fine. No
// finding.
// expect-no-diagnostics
#include <stdio.h>
#include <string.h>

static char *hexstr(const unsigned char *p, size_t n) {
  static char out[65];
  size_t i;
  for (i = 0; i < n && i < 32; i++)
    snprintf(out + 2 * i, 3, "%02x", p[i]);
  out[2 * i] = '\0';
  return out;
}

int starts_with_zero(const unsigned char *digest, size_t n) {
  char *h = hexstr(digest, n);
  return h[0] == '0';
}
