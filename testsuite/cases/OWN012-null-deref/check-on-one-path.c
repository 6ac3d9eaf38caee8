// The NULL check is only on the "large" path: for small sizes the unchecked pointer
// reaches the write. The join of the two paths keeps "may be NULL".
#include <stdio.h>
#include <stdlib.h>

unsigned char *alloc_frame(size_t n) {
  unsigned char *f = malloc(n);
  if (n > 4096) {
    if (!f) {
      fprintf(stderr, "out of memory for a %zu-byte frame\n", n);
      return NULL;
    }
  }
  f[0] = 0x7e; // expect-warning[OWN012]{{'f' may be NULL here}}
  return f;
}
