// On failure realloc() leaves the old block allocated: returning on the NULL
// check without freeing it leaks the old block.
#include <stdlib.h>

struct vec { int *items; size_t len, cap; };

int vec_push(int x) {
  struct vec v = {NULL, 0, 4};
  v.items = malloc(v.cap * sizeof *v.items);
  if (!v.items)
    return -1;
  int *grown = realloc(v.items, 2 * v.cap * sizeof *v.items);
  if (!grown)
    return -1; // expect-error[OWN003]
  v.items = grown;
  v.items[v.len++] = x;
  free(v.items);
  return 0;
}
