// A block of a pool dies with its pool: using it after apr_pool_destroy is a use
// after free, reported at the use (the pool's release is the note).
#include <stddef.h>
#include <string.h>

typedef struct apr_pool_t apr_pool_t;
int apr_pool_create(apr_pool_t **newpool, apr_pool_t *parent);
void apr_pool_destroy(apr_pool_t *p);
void *apr_palloc(apr_pool_t *p, size_t size);

size_t stale(void) {
  apr_pool_t *pool;
  apr_pool_create(&pool, NULL);
  char *buf = apr_palloc(pool, 16);
  strcpy(buf, "abc");
  apr_pool_destroy(pool);
  return strlen(buf);  // expect-error[OWN001]{{use of 'buf' after it was released}}
}
