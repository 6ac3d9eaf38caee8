// Two kinds of "may return NULL" from a project's own allocating functions: the
// allocation failed (a warning when unchecked, like malloc's), or the caller gave bad
// input (redis's sdssplitlen() returns NULL for an empty string or separator, with a
// count of 0). Only the first is OWN012's: a NULL that no failed allocation explains
// is left to the caller's logic. And an allocator that cannot fail ('xmalloc'
// aborts) makes a later NULL check dead: the function that checks it anyway
// ('list_create') never returns NULL either. No finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

static void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p)
    abort();
  return p;
}

static char **split(const char *s, size_t len, int *count) {
  *count = 0;
  if (len == 0)
    return NULL;
  char **v = xmalloc(sizeof *v * 2);
  v[0] = xmalloc(len + 1);
  memcpy(v[0], s, len + 1);
  *count = 1;
  return v;
}

struct list { int len; };

static struct list *list_create(void) {
  struct list *l;
  if ((l = xmalloc(sizeof *l)) == NULL)
    return NULL;
  l->len = 0;
  return l;
}

int words(const char *s) {
  int n;
  char **v = split(s, strlen(s), &n);
  for (int i = 0; i < n; i++)
    free(v[i]);
  free(v);
  struct list *l = list_create();
  l->len = n;
  free(l);
  return n;
}
