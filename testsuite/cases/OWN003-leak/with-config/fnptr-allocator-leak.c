// Allocation through hooks (cJSON's internal_hooks, a library's lib_malloc_fn):
// .ownck.json here says 'hooks->allocate' and 'lib_malloc_fn' call malloc and any
// '.deallocate' member calls free, so their results are new owners, and a path that
// forgets them leaks. Without the configuration the pointers are unknown and nothing
// is reported.
#include <stddef.h>
#include <string.h>

typedef struct hooks { void *(*allocate)(size_t); void (*deallocate)(void *); } hooks_t;
static hooks_t global_hooks;
void *(*lib_malloc_fn)(size_t);

char *copy_name(const hooks_t *hooks, const char *s, int upper) {
  size_t n = strlen(s) + 1;
  char *copy = hooks->allocate(n);
  if (!copy)
    return NULL;
  if (upper)
    return NULL; // expect-error[OWN003]{{leak: 'copy' goes out of scope}}
  memcpy(copy, s, n);
  return copy;
}

int scratch(size_t n) {
  char *buf = lib_malloc_fn(n);
  if (!buf)
    return -1;
  buf[0] = 0;
  return 0; // expect-error[OWN003]{{leak: 'buf' goes out of scope}}
}

void release_twice(char *p) {
  global_hooks.deallocate(p);
  global_hooks.deallocate(p); // expect-error[OWN002]{{double release of 'p'}}
}
