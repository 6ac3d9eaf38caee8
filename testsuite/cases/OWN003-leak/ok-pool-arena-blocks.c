// An arena (talloc/APR style): arena_alloc() links every block into the arena and
// returns a pointer into it. The block is stored away inside the callee, so the
// result is NOT a fresh owner of the caller: letting 'rec' go out of scope in each
// iteration is not a leak. arena_destroy() frees the blocks and the arena. No
// finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct chunk { struct chunk *next; };
struct arena { struct chunk *chunks; size_t used; };

static struct arena *arena_new(void) {
  return calloc(1, sizeof(struct arena));
}

static void *arena_alloc(struct arena *a, size_t n) {
  struct chunk *c = malloc(sizeof *c + n);
  if (!c)
    return NULL;
  c->next = a->chunks;
  a->chunks = c;
  a->used += n;
  return c + 1;
}

static void arena_destroy(struct arena *a) {
  while (a->chunks) {
    struct chunk *next = a->chunks->next;
    free(a->chunks);
    a->chunks = next;
  }
  free(a);
}

size_t load(const char **lines, size_t n) {
  struct arena *a = arena_new();
  if (!a)
    return 0;
  for (size_t i = 0; i < n; i++) {
    char *rec = arena_alloc(a, strlen(lines[i]) + 1);
    if (!rec)
      break;
    strcpy(rec, lines[i]);
  }
  size_t used = a->used;
  arena_destroy(a);
  return used;
}
