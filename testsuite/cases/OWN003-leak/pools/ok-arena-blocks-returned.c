// A project's own arena (this directory's .ownck.json: arena_alloc returns a borrow
// of its arena): a parser hands out blocks of the caller's arena, and the caller
// frees the arena once. Returning a block is no leak and no escape of the arena.
// expect-no-diagnostics
#include <stddef.h>
#include <string.h>

typedef struct arena arena;
arena *arena_new(void);
void arena_free(arena *a);
void *arena_alloc(arena *a, size_t n);

static char *dup_in(arena *a, const char *s) {
  char *d = arena_alloc(a, strlen(s) + 1);
  strcpy(d, s);
  return d;
}

size_t total(const char *x, const char *y) {
  arena *a = arena_new();
  if (!a)
    return 0;
  char *p = dup_in(a, x), *q = dup_in(a, y);
  size_t n = strlen(p) + strlen(q);
  arena_free(a);
  return n;
}
