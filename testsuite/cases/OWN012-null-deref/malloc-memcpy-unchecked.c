// memcpy() dereferences its destination (the model marks it nonnull): copying into
// an unchecked malloc() result is the NULL dereference, just one call away.
#include <stdlib.h>
#include <string.h>

void *dup_bytes(const void *src, size_t n) {
  void *dst = malloc(n);
  memcpy(dst, src, n); // expect-warning[OWN012]{{'dst' may be NULL here}}
                       // expect-note@-2{{allocated here by 'malloc'}}
  return dst;
}
