// A wrapper that reports failure by returning NULL ('if (!p) { log; return NULL; }')
// gives its callers a result that may be NULL: using it without a test is OWN012,
// as for malloc itself.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *try_alloc(size_t size) {
  void *p = malloc(size);
  if (!p) {
    fprintf(stderr, "out of memory\n");
    return NULL;
  }
  return p;
}

char *copy_name(const char *name) {
  size_t n = strlen(name) + 1;
  char *p = try_alloc(n);
  memcpy(p, name, n);  // expect-warning[OWN012]
  return p;
}
