// A model that says "noreturn" ends the path at the call, like a declaration with
// __attribute__((noreturn)) does: .ownck.json here models fatal() so. (The flag was
// read from models but never applied.) And a call through the function pointer
// 'oom_handler', which .ownck.json says calls abort() (redis's zmalloc_oom_handler),
// ends its path too. No finding.
// expect-no-diagnostics
#include <stdlib.h>

void fatal(const char *msg);
static void (*oom_handler)(size_t) = NULL;

char *buffer(size_t n) {
  char *p = malloc(n + 1);
  if (!p)
    fatal("out of memory");
  p[n] = '\0';
  return p;
}

static void *zmalloc(size_t n) {
  void *p = malloc(n);
  if (!p)
    oom_handler(n);
  return p;
}

char *zstrdup(const char *s, size_t n) {
  char *p = zmalloc(n + 1);
  p[n] = '\0';
  return p;
}
