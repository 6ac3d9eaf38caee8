// Precision: owners created through out-parameters (asprintf, posix_memalign) belong
// to free's family and are freed on the success path only.
// expect-no-diagnostics
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int print_pair(const char *k, int v) {
  char *s;
  if (asprintf(&s, "%s=%d", k, v) < 0)
    return -1;
  puts(s);
  free(s);
  return 0;
}

int aligned_zero(size_t n) {
  void *p;
  if (posix_memalign(&p, 64, n) != 0)
    return -1;
  memset(p, 0, n);
  free(p);
  return 0;
}
