// A block of a pool is the pool's: freeing it with free() is OWN009, whose help
// names the pool's own release (this directory's .ownck.json models the pool).
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

typedef struct apr_pool_t apr_pool_t;
int apr_pool_create(apr_pool_t **newpool, apr_pool_t *parent);
void apr_pool_destroy(apr_pool_t *p);
void *apr_palloc(apr_pool_t *p, size_t size);

void scratch(void) {
  apr_pool_t *pool;
  apr_pool_create(&pool, NULL);
  char *tmp = apr_palloc(pool, 64);
  strcpy(tmp, "x");
  free(tmp);  // expect-error[OWN009]{{'tmp' is released, but it points into a value it does not own}}
  apr_pool_destroy(pool);
}
