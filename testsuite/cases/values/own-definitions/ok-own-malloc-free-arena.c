// A freestanding program with its own bump allocator named malloc() and a no-op
// free(). The file's definitions win over the libc models: the allocation that is
// never freed is not a leak, and the second free() is not a double free.
// expect-no-diagnostics
#include <stddef.h>

static unsigned char heap[4096];
static size_t heap_top;

void *malloc(size_t n) {
  n = (n + 15) & ~(size_t)15;
  if (n > sizeof heap - heap_top)
    return NULL;
  void *p = &heap[heap_top];
  heap_top += n;
  return p;
}

void free(void *p) { (void)p; }

int boot(void) {
  char *msg = malloc(32);
  if (!msg)
    return -1;
  msg[0] = '\0';
  free(msg);
  free(msg);
  return 0;
}
