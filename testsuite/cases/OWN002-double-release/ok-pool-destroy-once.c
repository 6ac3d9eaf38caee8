// An arena: pool_alloc() links each block into the pool (stored away) and returns a
// pointer into it, so the caller does not own the blocks and never frees them one
// by one; pool_destroy() frees them all, once. No finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct block { struct block *next; };
struct pool { struct block *blocks; };

static void *pool_alloc(struct pool *p, size_t n) {
  struct block *b = malloc(sizeof *b + n);
  if (!b)
    return NULL;
  b->next = p->blocks;
  p->blocks = b;
  return b + 1;
}

static void pool_destroy(struct pool *p) {
  struct block *b = p->blocks;
  while (b) {
    struct block *next = b->next;
    free(b);
    b = next;
  }
  p->blocks = NULL;
}

int intern_all(const char **words, size_t n) {
  struct pool pool = {NULL};
  for (size_t i = 0; i < n; i++) {
    char *w = pool_alloc(&pool, strlen(words[i]) + 1);
    if (!w)
      break;
    strcpy(w, words[i]);
  }
  pool_destroy(&pool);
  return 0;
}
