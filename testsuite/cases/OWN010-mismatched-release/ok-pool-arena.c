// An arena whose blocks are malloc()ed, linked into the arena and released by
// arena_destroy() with free(). The caller never releases a block itself, and the
// arena it releases with arena_destroy() came from arena_new() (malloc family). No
// finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct chunk { struct chunk *next; };
struct arena { struct chunk *chunks; };

static struct arena *arena_new(void) {
  return calloc(1, sizeof(struct arena));
}

static void *arena_alloc(struct arena *a, size_t n) {
  struct chunk *c = malloc(sizeof *c + n);
  if (!c)
    return NULL;
  c->next = a->chunks;
  a->chunks = c;
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

int copy_words(const char **w, size_t n) {
  struct arena *a = arena_new();
  if (!a)
    return -1;
  for (size_t i = 0; i < n; i++) {
    char *s = arena_alloc(a, strlen(w[i]) + 1);
    if (s)
      strcpy(s, w[i]);
  }
  arena_destroy(a);
  return 0;
}
