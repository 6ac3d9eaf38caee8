// Blocks from an APR pool belong to the pool (this directory's .ownck.json models
// apr_palloc's result as a borrow of its pool): they are never leaks themselves,
// but a pool nobody destroys is, however many blocks came from it.
#include <stddef.h>
#include <string.h>

typedef struct apr_pool_t apr_pool_t;
int apr_pool_create(apr_pool_t **newpool, apr_pool_t *parent);
void apr_pool_destroy(apr_pool_t *p);
void *apr_palloc(apr_pool_t *p, size_t size);
void consume(char *s);

void greet(void) {
  apr_pool_t *pool;
  apr_pool_create(&pool, NULL);
  char *msg = apr_palloc(pool, 16);
  strcpy(msg, "hello");
  consume(msg);  // a block given away hands the pool over to nobody
}  // expect-error[OWN003]{{'pool' goes out of scope while it still owns its value}}
