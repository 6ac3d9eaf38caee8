// fmt_addr() formats into a static buffer and returns it: the result is not an
// owner (not fresh, not NULL), so the caller must not free it and does not leak it.
// No finding.
// expect-no-diagnostics
#include <stdio.h>

static const char *fmt_addr(unsigned ip, unsigned port) {
  static char buf[32];
  snprintf(buf, sizeof buf, "%u.%u.%u.%u:%u", ip >> 24, (ip >> 16) & 255, (ip >> 8) & 255, ip & 255, port);
  return buf;
}

void log_peer(unsigned ip, unsigned port) {
  const char *a = fmt_addr(ip, port);
  fprintf(stderr, "peer %s connected\n", a);
}
