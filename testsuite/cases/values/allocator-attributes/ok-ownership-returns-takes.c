// An allocator pair declared with clang's ownership attributes, used correctly:
// each block from xmalloc() is released once, by xfree() or by free() (the same
// 'malloc' module), on every path.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void *xmalloc(size_t n) __attribute__((ownership_returns(malloc)));
void xfree(void *p) __attribute__((ownership_takes(malloc, 1)));

int copy_twice(const char *s) {
  size_t n = strlen(s) + 1;
  char *a = xmalloc(n);
  if (!a)
    return -1;
  char *b = xmalloc(n);
  if (!b) {
    xfree(a);
    return -1;
  }
  memcpy(a, s, n);
  memcpy(b, a, n);
  xfree(a);
  free(b);
  return 0;
}
