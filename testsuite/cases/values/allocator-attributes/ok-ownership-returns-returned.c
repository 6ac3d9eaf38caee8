// A block from an ownership_returns(malloc) allocator returned to the caller is
// handed over, not leaked; NULL from the allocator is checked before the write.
// expect-no-diagnostics
#include <stddef.h>
#include <string.h>

void *pool_alloc(size_t n) __attribute__((ownership_returns(malloc)));

char *dup_name(const char *name) {
  size_t n = strlen(name) + 1;
  char *copy = pool_alloc(n);
  if (!copy)
    return NULL;
  memcpy(copy, name, n);
  return copy;
}
