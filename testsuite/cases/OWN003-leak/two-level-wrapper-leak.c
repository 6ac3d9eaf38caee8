// Two levels of wrapping: xstrdup() calls xmalloc(), which calls malloc() and exits
// on NULL. xstrdup's result is a fresh owner of the malloc family that is never
// NULL. The caller leaks it when the name is rejected.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p) {
    fputs("out of memory\n", stderr);
    exit(EXIT_FAILURE);
  }
  return p;
}

static char *xstrdup(const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(xmalloc(n), s, n);
}

static char *g_name;

int set_name(const char *s) {
  char *name = xstrdup(s);
  if (strchr(name, '/'))
    return -1; // expect-error[OWN003]{{leak: 'name' goes out of scope}}
  free(g_name);
  g_name = name;
  return 0;
}
