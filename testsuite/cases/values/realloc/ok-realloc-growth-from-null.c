// The dynamic-array growth loop starting from an empty (NULL) buffer: realloc's
// result goes to a temporary, the old block is freed on failure, and the owner is
// replaced only on success.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

int *read_ints(FILE *in, size_t *count) {
  int *items = NULL;
  size_t len = 0, cap = 0;
  int x;
  while (fscanf(in, "%d", &x) == 1) {
    if (len == cap) {
      size_t ncap = cap ? cap * 2 : 16;
      int *tmp = realloc(items, ncap * sizeof *tmp);
      if (!tmp) {
        free(items);
        return NULL;
      }
      items = tmp;
      cap = ncap;
    }
    items[len++] = x;
  }
  *count = len;
  return items;
}
