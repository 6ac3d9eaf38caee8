// posix_memalign returns 0 and sets its out-parameter on success. The status is
// checked, but the later size check returns without freeing the aligned block.
#include <stdlib.h>
#include <string.h>

int simd_sum(const float *v, size_t n, float *out);

int sum_aligned(const float *src, size_t n, float *out) {
  float *p;
  if (posix_memalign((void **)&p, 16, n * sizeof *p) != 0) // expect-note{{allocated here by 'posix_memalign'}}
    return -1;
  if (n % 4 != 0)
    return -1; // expect-error[OWN003]{{leak: 'p' goes out of scope while it still owns its value}}
  memcpy(p, src, n * sizeof *p);
  int rc = simd_sum(p, n, out);
  free(p);
  return rc;
}
