// An allocator with a 'try' flag (redis's _sdsnewlen(init, len, trymalloc)): it may
// return NULL only when the flag is non-zero (then it uses a failing malloc), and
// its wrapper passes a constant 0. The summary says which parameter the NULL depends
// on, and a call with that parameter a constant of the other value gets a result
// that is never NULL. No finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

static void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p)
    abort();
  return p;
}

static char *new_string(const char *init, size_t len, int trymalloc) {
  char *s = trymalloc ? malloc(len + 1) : xmalloc(len + 1);
  if (s == NULL)
    return NULL;
  memcpy(s, init, len);
  s[len] = '\0';
  return s;
}

static char *string_new(const char *init) {
  return new_string(init, strlen(init), 0);
}

size_t upcase_first(const char *in) {
  char *s = string_new(in);
  s[0] = (char)(s[0] & ~0x20);
  size_t n = strlen(s);
  free(s);
  return n;
}
