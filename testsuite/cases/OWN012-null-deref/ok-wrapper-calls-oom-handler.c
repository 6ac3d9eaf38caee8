// redis' zmalloc: the wrapper tests the allocation and, when it failed, calls an
// out-of-memory handler through a function pointer (which aborts), then returns the
// pointer. The body cannot show the handler does not return, but it shows that the
// failure was handled: a NULL the function tested for and returned anyway is not a
// result callers must check. Callers use the block without a test.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

static void default_oom(size_t size) { (void)size; abort(); }
static void (*oom_handler)(size_t) = default_oom;

void *zmalloc(size_t size) {
  void *ptr = malloc(size);
  if (!ptr)
    oom_handler(size);
  return ptr;
}

char *copy_name(const char *name) {
  size_t n = strlen(name) + 1;
  char *p = zmalloc(n);
  memcpy(p, name, n);
  return p;
}
