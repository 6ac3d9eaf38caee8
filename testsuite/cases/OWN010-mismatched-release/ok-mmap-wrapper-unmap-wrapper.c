// A mapping from an mmap() wrapper released by an munmap() wrapper: the munmap
// family on both sides. No finding.
// expect-no-diagnostics
#include <stddef.h>
#include <sys/mman.h>

static void *map_anon(size_t len) {
  void *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return p == MAP_FAILED ? NULL : p;
}

static void unmap(void *p, size_t len) {
  munmap(p, len);
}

int scratch(size_t len) {
  char *p = map_anon(len);
  if (!p)
    return -1;
  p[0] = 1;
  int v = p[0];
  unmap(p, len);
  return v;
}
