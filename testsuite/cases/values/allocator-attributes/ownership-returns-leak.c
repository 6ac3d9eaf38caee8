// clang's ownership_returns(malloc) on the project's own allocator says its
// result is a new heap block (the static analyzer's MallocChecker reads it too):
// the early return leaks it.
#include <stddef.h>

void *xmalloc(size_t n) __attribute__((ownership_returns(malloc)));
void xfree(void *p) __attribute__((ownership_takes(malloc, 1)));

int parse_header(const char *src, size_t n) {
  char *buf = xmalloc(n + 1);
  if (!buf)
    return -1;
  if (n == 0 || src[0] != '#')
    return -1; // expect-error[OWN003]
  buf[0] = src[0];
  xfree(buf);
  return 0;
}
