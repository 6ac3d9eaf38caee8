// Precision: a pool allocator's block released with the pool's own releaser, named by
// OWNED_BY(pool_free) on both the allocator and the releaser's parameter.
// expect-no-diagnostics
#include <stddef.h>
#include <string.h>
#include <ownck/ownership.h>

typedef struct Pool Pool;
OWNED_BY(pool_free) void *pool_alloc(Pool *pool, size_t size);
void pool_free(OWNED_BY(pool_free) void *p);

int store_name(Pool *pool, const char *name) {
  size_t n = strlen(name) + 1;
  char *copy = pool_alloc(pool, n);
  if (!copy)
    return -1;
  memcpy(copy, name, n);
  pool_free(copy);
  return 0;
}
