// After xfree(p), declared ownership_takes(malloc, 1), p is released: writing
// through it is a use after free. Plain free() of an ownership_returns(malloc)
// block is the matching release (same module), so the other function is fine.
#include <stdlib.h>

void *xmalloc(size_t n) __attribute__((ownership_returns(malloc)));
void xfree(void *p) __attribute__((ownership_takes(malloc, 1)));

void clear_then_write(size_t n) {
  char *p = xmalloc(n + 1);
  if (!p)
    return;
  xfree(p);
  p[0] = '\0'; // expect-error[OWN001]
}

void plain_free(size_t n) {
  char *p = xmalloc(n);
  free(p);
}
