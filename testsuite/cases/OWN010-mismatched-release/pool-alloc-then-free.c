// Memory from an arena/pool allocator (APR, talloc style) whose declaration says
// OWNED_BY(pool_free), released with libc free(): the block is in the middle of a
// pool chunk, so free() corrupts the heap.
#include <stddef.h>
#include <stdlib.h>
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
  free(copy); // expect-error[OWN010]{{'copy' is released with the wrong function}}
  return 0;
}
