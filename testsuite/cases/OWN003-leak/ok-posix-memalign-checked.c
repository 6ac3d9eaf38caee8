// posix_memalign with its status checked: on failure (non-zero) the out-parameter
// is untouched and owns nothing; on success the block is freed on every path.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

int process_aligned(const void *src, size_t n, int (*fn)(const void *, size_t)) {
  void *p = NULL;
  int err = posix_memalign(&p, 64, n);
  if (err != 0)
    return -err;
  memcpy(p, src, n);
  int rc = fn(p, n);
  free(p);
  return rc;
}

int zero_aligned(size_t n) {
  void *p;
  if (posix_memalign(&p, 16, n))
    return -1;
  memset(p, 0, n);
  free(p);
  return 0;
}
