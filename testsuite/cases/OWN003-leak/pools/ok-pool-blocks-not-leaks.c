// Many blocks from one pool, none freed one by one, the pool destroyed at the end:
// nothing leaks (this directory's .ownck.json models apr_palloc's result as a
// borrow of its pool, so a block is never an owner).
// expect-no-diagnostics
#include <stddef.h>
#include <string.h>

typedef struct apr_pool_t apr_pool_t;
int apr_pool_create(apr_pool_t **newpool, apr_pool_t *parent);
void apr_pool_destroy(apr_pool_t *p);
void *apr_palloc(apr_pool_t *p, size_t size);
void consume(char *s);

void greet_all(const char **names, int n) {
  apr_pool_t *pool;
  apr_pool_create(&pool, NULL);
  for (int i = 0; i < n; i++) {
    char *msg = apr_palloc(pool, strlen(names[i]) + 7);
    strcpy(msg, "hello ");
    strcat(msg, names[i]);
    consume(msg);
  }
  apr_pool_destroy(pool);
}
